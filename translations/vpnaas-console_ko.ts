<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>CommandLine</name>
    <message>
        <source>Desktop management console for OpenStack Neutron VPNaaS.</source>
        <translation>OpenStack Neutron VPNaaS용 데스크톱 관리 콘솔입니다.</translation>
    </message>
    <message>
        <source>Render the window, save it as a PNG to &lt;file&gt; and exit.</source>
        <translation>창을 렌더링하여 스크린샷을 &lt;file&gt;에 PNG로 저장한 뒤 종료합니다.</translation>
    </message>
    <message>
        <source>Start on view &lt;name&gt;: %1.</source>
        <translation>&lt;name&gt; 화면으로 시작합니다: %1.</translation>
    </message>
    <message>
        <source>Window size for --screenshot, e.g. 1280x800.</source>
        <translation>--screenshot에 사용할 창 크기입니다(예: 1280x800).</translation>
    </message>
    <message>
        <source>User interface language, e.g. ko or en (default: the system&apos;s).</source>
        <translation>사용자 인터페이스 언어입니다(예: ko 또는 en, 기본값: 시스템 언어).</translation>
    </message>
    <message>
        <source>Unknown view &quot;%1&quot;; choose one of: %2.</source>
        <translation>알 수 없는 화면 &quot;%1&quot;입니다. 다음 중 하나를 선택하십시오: %2.</translation>
    </message>
    <message>
        <source>Bad --size &quot;%1&quot;; use WIDTHxHEIGHT, e.g. 1280x800.</source>
        <translation>잘못된 --size 값 &quot;%1&quot;입니다. WIDTHxHEIGHT 형식을 사용하십시오(예: 1280x800).</translation>
    </message>
</context>
<context>
    <name>vpnaas::Codec</name>
    <message>
        <source>The reply is not valid JSON (%1 at byte %2).</source>
        <translation>응답이 올바른 JSON이 아닙니다(%2바이트 위치: %1).</translation>
    </message>
    <message>
        <source>The reply is not a JSON object.</source>
        <translation>응답이 JSON 객체가 아닙니다.</translation>
    </message>
    <message>
        <source>Expected text.</source>
        <translation>텍스트가 필요합니다.</translation>
    </message>
    <message>
        <source>Expected true or false.</source>
        <translation>true 또는 false가 필요합니다.</translation>
    </message>
    <message>
        <source>Expected one of: %1.</source>
        <translation>다음 중 하나가 필요합니다: %1.</translation>
    </message>
    <message>
        <source>Expected a list.</source>
        <translation>목록이 필요합니다.</translation>
    </message>
    <message>
        <source>Expected a list of text values.</source>
        <translation>텍스트 값 목록이 필요합니다.</translation>
    </message>
    <message>
        <source>Expected units and a value.</source>
        <translation>단위와 값이 필요합니다.</translation>
    </message>
    <message>
        <source>Units must be &quot;seconds&quot;.</source>
        <translation>단위는 &quot;seconds&quot;여야 합니다.</translation>
    </message>
    <message>
        <source>Expected action, interval and timeout.</source>
        <translation>동작, 간격, 제한 시간이 필요합니다.</translation>
    </message>
    <message>
        <source>Unknown DPD action.</source>
        <translation>알 수 없는 DPD 동작입니다.</translation>
    </message>
    <message>
        <source>The attribute %1 is set by the server.</source>
        <translation>%1 속성은 서버에서 설정합니다.</translation>
    </message>
    <message>
        <source>The attribute %1 cannot be changed.</source>
        <translation>%1 속성은 변경할 수 없습니다.</translation>
    </message>
    <message>
        <source>Unknown attribute(s): %1.</source>
        <translation>알 수 없는 속성: %1.</translation>
    </message>
    <message>
        <source>Expected a whole number.</source>
        <translation>정수가 필요합니다.</translation>
    </message>
    <message>
        <source>Unexpected keys: %1.</source>
        <translation>예상하지 못한 키: %1.</translation>
    </message>
    <message>
        <source>The request body is not valid JSON.</source>
        <translation>요청 본문이 올바른 JSON이 아닙니다.</translation>
    </message>
    <message>
        <source>The request body has no %1 object.</source>
        <translation>요청 본문에 %1 객체가 없습니다.</translation>
    </message>
    <message>
        <source>The reply has no &quot;%1&quot; object.</source>
        <translation>응답에 &quot;%1&quot; 객체가 없습니다.</translation>
    </message>
    <message>
        <source>The reply has no &quot;%1&quot; list.</source>
        <translation>응답에 &quot;%1&quot; 목록이 없습니다.</translation>
    </message>
    <message>
        <source>An item of &quot;%1&quot; is not an object.</source>
        <translation>&quot;%1&quot;의 항목 중 객체가 아닌 것이 있습니다.</translation>
    </message>
    <message>
        <source>The reply is not an error description.</source>
        <translation>응답이 오류 설명 형식이 아닙니다.</translation>
    </message>
    <message>
        <source>The reply has no &quot;extension&quot; object.</source>
        <translation>응답에 &quot;extension&quot; 객체가 없습니다.</translation>
    </message>
    <message>
        <source>The reply has no &quot;extensions&quot; list.</source>
        <translation>응답에 &quot;extensions&quot; 목록이 없습니다.</translation>
    </message>
    <message>
        <source>The reply does not describe a router interface.</source>
        <translation>응답에 라우터 인터페이스 정보가 없습니다.</translation>
    </message>
</context>
<context>
    <name>vpnaas::Validation</name>
    <message>
        <source>This field is required.</source>
        <translation>필수 입력 항목입니다.</translation>
    </message>
    <message>
        <source>This field cannot be changed after creation.</source>
        <translation>이 항목은 생성한 후에는 변경할 수 없습니다.</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>최대 %1자까지 입력할 수 있습니다.</translation>
    </message>
    <message>
        <source>Not a valid resource id (UUID).</source>
        <translation>올바른 리소스 ID(UUID)가 아닙니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a value this server accepts.</source>
        <translation>&quot;%1&quot;은(는) 이 서버에서 허용하지 않는 값입니다.</translation>
    </message>
    <message>
        <source>The only lifetime unit is seconds.</source>
        <translation>수명 단위로는 초(seconds)만 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>The lifetime must be at least %1 seconds.</source>
        <translation>수명은 %1초 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>%1 must not be negative.</source>
        <translation>%1 값은 음수일 수 없습니다.</translation>
    </message>
    <message>
        <source>The resource does not exist (any more).</source>
        <translation>리소스가 (더 이상) 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>%1 is considered weak; newer OpenStack releases remove it.</source>
        <translation>%1은(는) 취약한 것으로 간주되며, 최신 OpenStack 릴리스에서는 제거되었습니다.</translation>
    </message>
    <message>
        <source>In use by: %1.</source>
        <translation>다음에서 사용 중입니다: %1.</translation>
    </message>
    <message>
        <source>The resource is %1; wait until the agent has finished with it.</source>
        <translation>리소스가 %1 상태입니다. 에이전트가 작업을 마칠 때까지 기다리십시오.</translation>
    </message>
    <message>
        <source>Aggressive mode exists only in IKEv1; IKEv2 ignores it.</source>
        <translation>Aggressive 모드는 IKEv1에만 있으며, IKEv2에서는 무시됩니다.</translation>
    </message>
    <message>
        <source>Aggressive mode with a pre-shared key exposes a hash of the key to offline attacks.</source>
        <translation>사전 공유 키와 함께 Aggressive 모드를 사용하면 키의 해시가 오프라인 공격에 노출됩니다.</translation>
    </message>
    <message>
        <source>The strongSwan and Libreswan drivers refuse connections that use ah-esp.</source>
        <translation>strongSwan 및 Libreswan 드라이버는 ah-esp를 사용하는 연결을 거부합니다.</translation>
    </message>
    <message>
        <source>This server has no VPN flavors (vpn-flavors extension).</source>
        <translation>이 서버에는 VPN 플레이버(vpn-flavors 확장)가 없습니다.</translation>
    </message>
    <message>
        <source>A subnet makes this a legacy service: its connections use peer CIDRs instead of endpoint groups.</source>
        <translation>서브넷을 지정하면 레거시 서비스가 됩니다. 이 서비스의 연결은 엔드포인트 그룹 대신 피어 CIDR을 사용합니다.</translation>
    </message>
    <message>
        <source>The router has no external gateway.</source>
        <translation>라우터에 외부 게이트웨이가 없습니다.</translation>
    </message>
    <message>
        <source>The subnet is not attached to the router.</source>
        <translation>서브넷이 라우터에 연결되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>Add at least one endpoint.</source>
        <translation>엔드포인트를 하나 이상 추가하십시오.</translation>
    </message>
    <message>
        <source>Each endpoint may appear only once.</source>
        <translation>각 엔드포인트는 한 번만 지정할 수 있습니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a CIDR such as 192.0.2.0/24.</source>
        <translation>&quot;%1&quot;은(는) 192.0.2.0/24와 같은 CIDR 형식이 아닙니다.</translation>
    </message>
    <message>
        <source>IPv4 and IPv6 CIDRs are mixed; no connection can use this group.</source>
        <translation>IPv4와 IPv6 CIDR이 섞여 있어 어떤 연결도 이 그룹을 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a subnet id.</source>
        <translation>&quot;%1&quot;은(는) 서브넷 ID가 아닙니다.</translation>
    </message>
    <message>
        <source>Subnet %1 does not exist.</source>
        <translation>서브넷 %1이(가) 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>Connections accept only subnet (local) and cidr (peer) endpoint groups.</source>
        <translation>연결에는 subnet(로컬) 및 cidr(피어) 유형의 엔드포인트 그룹만 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>The pre-shared key must not be empty.</source>
        <translation>사전 공유 키는 비워 둘 수 없습니다.</translation>
    </message>
    <message>
        <source>This pre-shared key is short and easy to guess.</source>
        <translation>이 사전 공유 키는 짧아서 추측하기 쉽습니다.</translation>
    </message>
    <message>
        <source>The peer ID must not be empty (use the peer address if unsure).</source>
        <translation>피어 ID는 비워 둘 수 없습니다(잘 모르겠으면 피어 주소를 사용하십시오).</translation>
    </message>
    <message>
        <source>Not an IP address or a host name.</source>
        <translation>IP 주소 또는 호스트 이름이 아닙니다.</translation>
    </message>
    <message>
        <source>The server resolves this name once and stores the first address it gets.</source>
        <translation>서버는 이 이름을 한 번만 확인하고 처음 얻은 주소를 저장합니다.</translation>
    </message>
    <message>
        <source>The MTU</source>
        <translation>MTU</translation>
    </message>
    <message>
        <source>The DPD interval</source>
        <translation>DPD 간격</translation>
    </message>
    <message>
        <source>The DPD timeout</source>
        <translation>DPD 제한 시간</translation>
    </message>
    <message>
        <source>strongSwan&apos;s ipsec.conf has no DPD action &quot;%1&quot;: the whole VPN process on the router fails to start.</source>
        <translation>strongSwan의 ipsec.conf에는 DPD 동작 &quot;%1&quot;이(가) 없습니다. 이 경우 라우터의 VPN 프로세스 전체가 시작되지 않습니다.</translation>
    </message>
    <message>
        <source>The DPD timeout must be longer than the interval.</source>
        <translation>DPD 제한 시간은 간격보다 길어야 합니다.</translation>
    </message>
    <message>
        <source>The strongSwan driver ignores response-only: it always initiates.</source>
        <translation>strongSwan 드라이버는 response-only를 무시하고 항상 연결을 시작합니다.</translation>
    </message>
    <message>
        <source>Use either peer CIDRs (legacy service) or endpoint groups, not both.</source>
        <translation>피어 CIDR(레거시 서비스)과 엔드포인트 그룹 중 하나만 사용하십시오.</translation>
    </message>
    <message>
        <source>Choose a local (subnet) and a peer (CIDR) endpoint group.</source>
        <translation>로컬(서브넷) 엔드포인트 그룹과 피어(CIDR) 엔드포인트 그룹을 선택하십시오.</translation>
    </message>
    <message>
        <source>This (legacy) service needs peer CIDRs.</source>
        <translation>이 (레거시) 서비스에는 피어 CIDR이 필요합니다.</translation>
    </message>
    <message>
        <source>A legacy service (with a subnet) cannot use endpoint groups.</source>
        <translation>(서브넷이 지정된) 레거시 서비스는 엔드포인트 그룹을 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>Peer CIDRs need a legacy service (one with a subnet).</source>
        <translation>피어 CIDR을 사용하려면 레거시 서비스(서브넷이 지정된 서비스)가 필요합니다.</translation>
    </message>
    <message>
        <source>The local endpoint group must be of type subnet.</source>
        <translation>로컬 엔드포인트 그룹의 유형은 subnet이어야 합니다.</translation>
    </message>
    <message>
        <source>The peer endpoint group must be of type cidr.</source>
        <translation>피어 엔드포인트 그룹의 유형은 cidr이어야 합니다.</translation>
    </message>
    <message>
        <source>The group mixes IPv4 and IPv6.</source>
        <translation>그룹에 IPv4와 IPv6가 섞여 있습니다.</translation>
    </message>
    <message>
        <source>The peer CIDRs mix IPv4 and IPv6.</source>
        <translation>피어 CIDR에 IPv4와 IPv6가 섞여 있습니다.</translation>
    </message>
    <message>
        <source>The local and peer sides use different IP versions.</source>
        <translation>로컬 측과 피어 측의 IP 버전이 서로 다릅니다.</translation>
    </message>
    <message>
        <source>Local %1 and peer %2 overlap.</source>
        <translation>로컬 %1과(와) 피어 %2이(가) 겹칩니다.</translation>
    </message>
    <message>
        <source>The MTU must be at least %1 for IPv%2.</source>
        <translation>IPv%2에서는 MTU가 %1 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>The router has no IPv%1 gateway address to reach this peer from.</source>
        <translation>라우터에 이 피어에 연결할 때 사용할 IPv%1 게이트웨이 주소가 없습니다.</translation>
    </message>
    <message>
        <source>The strongSwan and Libreswan drivers do not support ah-esp.</source>
        <translation>strongSwan 및 Libreswan 드라이버는 ah-esp를 지원하지 않습니다.</translation>
    </message>
</context>
<context>
    <name>vpnaas::ui::ConfigPreview</name>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>Copy the whole file to the clipboard</source>
        <translation>파일 전체를 클립보드에 복사</translation>
    </message>
    <message>
        <source>(syntax definition %1 missing: shown without colours)</source>
        <translation>(구문 정의 %1이(가) 없어 색상 없이 표시합니다)</translation>
    </message>
</context>
<context>
    <name>vpnaas::ui::MainWindow</name>
    <message>
        <source>VPNaaS Console</source>
        <translation>VPNaaS Console</translation>
    </message>
    <message>
        <source>IKE policies</source>
        <translation>IKE 정책</translation>
    </message>
    <message>
        <source>IPsec policies</source>
        <translation>IPsec 정책</translation>
    </message>
    <message>
        <source>VPN services</source>
        <translation>VPN 서비스</translation>
    </message>
    <message>
        <source>Endpoint groups</source>
        <translation>엔드포인트 그룹</translation>
    </message>
    <message>
        <source>IPsec site connections</source>
        <translation>IPsec 사이트 연결</translation>
    </message>
    <message>
        <source>Config preview</source>
        <translation>설정 미리보기</translation>
    </message>
    <message>
        <source>No cloud configured</source>
        <translation>구성된 클라우드 없음</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>준비됨</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Resources</source>
        <translation>리소스(&amp;R)</translation>
    </message>
    <message>
        <source>Config &amp;preview</source>
        <translation>설정 미리보기(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About VPNaaS Console</source>
        <translation>VPNaaS Console 정보(&amp;A)</translation>
    </message>
    <message>
        <source>About VPNaaS Console</source>
        <translation>VPNaaS Console 정보</translation>
    </message>
    <message>
        <source>&lt;h3&gt;VPNaaS Console %1&lt;/h3&gt;&lt;p&gt;A desktop console for OpenStack Neutron VPNaaS: wizards, topology, strongSwan config previews and live tunnel health.&lt;/p&gt;&lt;p&gt;Licensed under the Apache License 2.0.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;VPNaaS Console %1&lt;/h3&gt;&lt;p&gt;OpenStack Neutron VPNaaS용 데스크톱 콘솔로, 마법사, 토폴로지, strongSwan 설정 미리보기, 실시간 터널 상태 확인 기능을 제공합니다.&lt;/p&gt;&lt;p&gt;Apache License 2.0에 따라 라이선스가 부여됩니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt 정보(&amp;Q)</translation>
    </message>
    <message>
        <source>&lt;h2&gt;VPNaaS Console&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;VPNaaS Console&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Site-to-site IPsec VPNs of OpenStack Neutron in one place: create them with wizards, see how routers, endpoint groups and peers connect, read the strongSwan configuration both ends will run, and watch the tunnels live.</source>
        <translation>OpenStack Neutron의 사이트 간 IPsec VPN을 한곳에서 관리합니다. 마법사로 VPN을 생성하고, 라우터, 엔드포인트 그룹, 피어가 어떻게 연결되는지 확인하고, 양쪽 끝에서 실행될 strongSwan 설정을 읽고, 터널 상태를 실시간으로 모니터링할 수 있습니다.</translation>
    </message>
    <message>
        <source>Choose a resource type on the left. Clouds come from clouds.yaml and the OS_* environment variables.</source>
        <translation>왼쪽에서 리소스 유형을 선택하십시오. 클라우드 정보는 clouds.yaml과 OS_* 환경 변수에서 가져옵니다.</translation>
    </message>
    <message>
        <source>Example %1</source>
        <translation>예제 %1</translation>
    </message>
</context>
</TS>
