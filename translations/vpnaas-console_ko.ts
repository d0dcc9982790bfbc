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
    <message>
        <source>Start on view &lt;name&gt;: %1 (a wizard name may end in :N for page N).</source>
        <translation>&lt;name&gt; 화면으로 시작합니다: %1 (마법사 이름 뒤에 :N을 붙이면 N번째 페이지로 시작합니다).</translation>
    </message>
    <message>
        <source>Use the built-in offline sandbox cloud, even when clouds are configured.</source>
        <translation>클라우드가 구성되어 있어도 내장 오프라인 샌드박스 클라우드를 사용합니다.</translation>
    </message>
    <message>
        <source>Start on cloud &lt;name&gt; from clouds.yaml (or &quot;envvars&quot;); beats OS_CLOUD.</source>
        <translation>clouds.yaml의 클라우드 &lt;name&gt;(또는 &quot;envvars&quot;)에서 시작합니다. OS_CLOUD보다 우선합니다.</translation>
    </message>
    <message>
        <source>Region of the cloud to start in; beats OS_REGION_NAME.</source>
        <translation>시작할 클라우드 리전입니다. OS_REGION_NAME보다 우선합니다.</translation>
    </message>
    <message>
        <source>Project to start in, by name (scopes the token to it).</source>
        <translation>시작할 프로젝트(이름)입니다(토큰 범위를 그 프로젝트로 지정).</translation>
    </message>
    <message>
        <source>Project to start in, by id (scopes the token to it).</source>
        <translation>시작할 프로젝트(ID)입니다(토큰 범위를 그 프로젝트로 지정).</translation>
    </message>
    <message>
        <source>--sandbox and --os-cloud exclude each other.</source>
        <translation>--sandbox와 --os-cloud는 함께 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>--os-project-name and --os-project-id exclude each other.</source>
        <translation>--os-project-name과 --os-project-id는 함께 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>Subcommands (no window, no display needed):
  render    the strongSwan and Libreswan files of a VPN service (run &apos;vpnaas-console render --help&apos;)
  diagnose  why a connection&apos;s tunnel is down (run &apos;vpnaas-console diagnose --help&apos;)</source>
        <translation>하위 명령(창과 디스플레이 없이 실행):
  render    VPN 서비스의 strongSwan 및 Libreswan 파일 (&apos;vpnaas-console render --help&apos; 참조)
  diagnose  연결의 터널이 내려간 이유 (&apos;vpnaas-console diagnose --help&apos; 참조)</translation>
    </message>
    <message>
        <source>Colours: %1 (default: system, the desktop&apos;s).</source>
        <translation>색 구성표: %1 (기본값: system, 데스크톱의 구성표).</translation>
    </message>
    <message>
        <source>Unknown colour scheme &quot;%1&quot;; choose one of: %2.</source>
        <translation>알 수 없는 색 구성표 &quot;%1&quot;입니다. 다음 중 하나를 고르십시오: %2.</translation>
    </message>
</context>
<context>
    <name>DiagnoseCommand</name>
    <message>
        <source>warning: %1</source>
        <translation>경고: %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 has no charon log lines (%n other line(s))</source>
        <translation>
            <numerusform>%1에 charon 로그 줄이 없습니다(다른 줄 %n개)</numerusform>
        </translation>
    </message>
    <message>
        <source>Say why an IPsec site connection is down, from charon&apos;s log on the network node and the peer, and what to change.
Exit status: 0 healthy, 1 a problem was found, 2 cannot tell (or a usage error), 3 the cloud could not be read.</source>
        <translation>네트워크 노드와 피어의 charon 로그를 바탕으로 IPsec 사이트 연결이 끊어진 이유와 변경할 사항을 알려 줍니다.
종료 상태: 0 정상, 1 문제 발견, 2 판단할 수 없음(또는 사용법 오류), 3 클라우드를 읽을 수 없음.</translation>
    </message>
    <message>
        <source>The IPsec site connection, by id or name.</source>
        <translation>IPsec 사이트 연결(ID 또는 이름).</translation>
    </message>
    <message>
        <source>VICI socket of the network node running the connection&apos;s router (unix:///path or tcp://host:port); repeatable. Default: the endpoints saved in the window for this cloud.</source>
        <translation>연결의 라우터가 실행되는 네트워크 노드의 VICI 소켓(unix:///path 또는 tcp://host:port)입니다. 여러 번 지정할 수 있습니다. 기본값: 창에서 이 클라우드에 대해 저장한 엔드포인트.</translation>
    </message>
    <message>
        <source>VICI socket of the peer gateway.</source>
        <translation>피어 게이트웨이의 VICI 소켓입니다.</translation>
    </message>
    <message>
        <source>charon&apos;s log of the network node, from a file.</source>
        <translation>파일에서 읽을 네트워크 노드의 charon 로그입니다.</translation>
    </message>
    <message>
        <source>charon&apos;s log of the peer gateway, from a file.</source>
        <translation>파일에서 읽을 피어 게이트웨이의 charon 로그입니다.</translation>
    </message>
    <message>
        <source>Do not start a connection that is down; only read what is logged.</source>
        <translation>끊어진 연결을 시작하지 않고, 기록된 로그만 읽습니다.</translation>
    </message>
    <message>
        <source>How long a started negotiation may take (default 15).</source>
        <translation>시작한 협상에 허용할 최대 시간입니다(기본값 15).</translation>
    </message>
    <message>
        <source>Print the diagnosis as JSON.</source>
        <translation>진단 결과를 JSON으로 출력합니다.</translation>
    </message>
    <message>
        <source>With --sandbox: the simulated failure to show (%1).</source>
        <translation>--sandbox와 함께 사용: 보여 줄 시뮬레이션 장애(%1).</translation>
    </message>
    <message>
        <source>--connection is required</source>
        <translation>--connection을 지정해야 합니다</translation>
    </message>
    <message>
        <source>--timeout is a number of seconds from 1 to 600</source>
        <translation>--timeout은 1에서 600 사이의 초 단위 숫자입니다</translation>
    </message>
    <message>
        <source>several connections are named &quot;%1&quot;: give the id</source>
        <translation>이름이 &quot;%1&quot;인 연결이 여러 개 있습니다: ID를 지정하십시오</translation>
    </message>
    <message>
        <source>no IPsec site connection &quot;%1&quot; in this project</source>
        <translation>이 프로젝트에 IPsec 사이트 연결 &quot;%1&quot;이(가) 없습니다</translation>
    </message>
    <message>
        <source>a saved strongSwan endpoint was skipped: %1</source>
        <translation>저장된 strongSwan 엔드포인트를 건너뛰었습니다: %1</translation>
    </message>
    <message>
        <source>--simulate is one of: %1</source>
        <translation>--simulate는 다음 중 하나입니다: %1</translation>
    </message>
    <message>
        <source>Connection %1 (%2)</source>
        <translation>연결 %1 (%2)</translation>
    </message>
</context>
<context>
    <name>HeadlessCloud</name>
    <message>
        <source>The cloud from clouds.yaml (or &quot;envvars&quot;); default: OS_CLOUD.</source>
        <translation>clouds.yaml의 클라우드(또는 &quot;envvars&quot;). 기본값: OS_CLOUD.</translation>
    </message>
    <message>
        <source>The region of the cloud; default: OS_REGION_NAME.</source>
        <translation>클라우드의 리전. 기본값: OS_REGION_NAME.</translation>
    </message>
    <message>
        <source>The project, by name.</source>
        <translation>프로젝트(이름).</translation>
    </message>
    <message>
        <source>The project, by id.</source>
        <translation>프로젝트(ID).</translation>
    </message>
    <message>
        <source>The built-in offline sandbox.</source>
        <translation>내장 오프라인 샌드박스.</translation>
    </message>
    <message>
        <source>give exactly one of --os-cloud NAME (or OS_CLOUD) and --sandbox</source>
        <translation>--os-cloud NAME(또는 OS_CLOUD)과 --sandbox 중 정확히 하나를 지정하십시오</translation>
    </message>
    <message>
        <source>--os-project-name and --os-project-id exclude each other</source>
        <translation>--os-project-name과 --os-project-id는 함께 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>the sandbox is not available: %1</source>
        <translation>샌드박스를 사용할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>no cloud named &quot;%1&quot;</source>
        <translation>&quot;%1&quot;(이)라는 클라우드가 없습니다</translation>
    </message>
    <message>
        <source>no answer from the cloud within 120 s</source>
        <translation>120초 안에 클라우드의 응답이 없습니다</translation>
    </message>
</context>
<context>
    <name>HeadlessLogin</name>
    <message>
        <source>no D-Bus session bus, so no system keyring</source>
        <translation>D-Bus 세션 버스가 없어 시스템 키링을 쓸 수 없음</translation>
    </message>
    <message>
        <source>the system keyring did not answer within %1 s</source>
        <translation>시스템 키링이 %1초 안에 응답하지 않음</translation>
    </message>
    <message>
        <source>none is stored in the system keyring</source>
        <translation>시스템 키링에 저장된 것이 없음</translation>
    </message>
    <message>
        <source>Secret of application credential %1 of cloud &quot;%2&quot;: </source>
        <translation>클라우드 &quot;%2&quot;의 애플리케이션 자격 증명 %1 비밀: </translation>
    </message>
    <message>
        <source>Password of %1 for cloud &quot;%2&quot;: </source>
        <translation>클라우드 &quot;%2&quot;의 %1 비밀번호: </translation>
    </message>
    <message>
        <source>no application credential secret given for cloud &quot;%1&quot;</source>
        <translation>클라우드 &quot;%1&quot;의 애플리케이션 자격 증명 비밀이 입력되지 않았습니다</translation>
    </message>
    <message>
        <source>no password given for cloud &quot;%1&quot;</source>
        <translation>클라우드 &quot;%1&quot;의 비밀번호가 입력되지 않았습니다</translation>
    </message>
    <message>
        <source>cloud &quot;%1&quot; has no application credential secret (%2) and there is no terminal to ask on: set OS_APPLICATION_CREDENTIAL_SECRET, or application_credential_secret: in secure.yaml, or log in once in the window with &quot;Remember in the system keyring&quot;</source>
        <translation>클라우드 &quot;%1&quot;에 애플리케이션 자격 증명 비밀이 없고(%2) 물어볼 터미널도 없습니다: OS_APPLICATION_CREDENTIAL_SECRET을 설정하거나, secure.yaml에 application_credential_secret:을 넣거나, 창에서 &quot;시스템 키링에 기억&quot;을 선택하고 한 번 로그인하십시오</translation>
    </message>
    <message>
        <source>cloud &quot;%1&quot; has no password (%2) and there is no terminal to ask on: set OS_PASSWORD, or password: in secure.yaml, or log in once in the window with &quot;Remember in the system keyring&quot;</source>
        <translation>클라우드 &quot;%1&quot;에 비밀번호가 없고(%2) 물어볼 터미널도 없습니다: OS_PASSWORD를 설정하거나, secure.yaml에 password:를 넣거나, 창에서 &quot;시스템 키링에 기억&quot;을 선택하고 한 번 로그인하십시오</translation>
    </message>
</context>
<context>
    <name>RenderCommand</name>
    <message>
        <source>Print a rendered strongSwan or Libreswan file of a VPN service.</source>
        <translation>VPN 서비스의 strongSwan 또는 Libreswan 설정 파일을 생성하여 출력합니다.</translation>
    </message>
    <message>
        <source>The VPN service (default: the only or first one).</source>
        <translation>VPN 서비스(기본값: 유일하거나 첫 번째 서비스).</translation>
    </message>
    <message>
        <source>List the VPN services, one per line, id first.</source>
        <translation>VPN 서비스를 한 줄에 하나씩 ID부터 나열합니다.</translation>
    </message>
    <message>
        <source>own (default) or peer.</source>
        <translation>own(기본값) 또는 peer.</translation>
    </message>
    <message>
        <source>The connection whose peer side to print (default: the first).</source>
        <translation>피어 측 설정을 출력할 연결(기본값: 첫 번째 연결).</translation>
    </message>
    <message>
        <source>ipsec.conf (default), ipsec.secrets, strongswan.conf, swanctl, libreswan, libreswan.secrets.</source>
        <translation>ipsec.conf(기본값), ipsec.secrets, strongswan.conf, swanctl, libreswan, libreswan.secrets.</translation>
    </message>
    <message>
        <source>The Neutron driver&apos;s name map: master (default) or zed.</source>
        <translation>Neutron 드라이버의 이름 매핑: master(기본값) 또는 zed.</translation>
    </message>
    <message>
        <source>Write the pre-shared keys instead of masks.</source>
        <translation>마스크 대신 사전 공유 키를 그대로 기록합니다.</translation>
    </message>
    <message>
        <source>--side is own or peer</source>
        <translation>--side는 own 또는 peer입니다</translation>
    </message>
    <message>
        <source>--dialect is master or zed</source>
        <translation>--dialect는 master 또는 zed입니다</translation>
    </message>
    <message>
        <source>--format for the %1 side is one of: %2</source>
        <translation>%1 측의 --format은 다음 중 하나입니다: %2</translation>
    </message>
    <message>
        <source>the project has no VPN service</source>
        <translation>프로젝트에 VPN 서비스가 없습니다</translation>
    </message>
    <message>
        <source>no VPN service %1 in this project</source>
        <translation>이 프로젝트에 VPN 서비스 %1이(가) 없습니다</translation>
    </message>
    <message>
        <source>no connection of VPN service %1 to render the peer side of</source>
        <translation>피어 측 설정을 생성할 VPN 서비스 %1의 연결이 없습니다</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>경고: %1</translation>
    </message>
</context>
<context>
    <name>SiteToSiteWizard</name>
    <message>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Some cloud configuration was skipped: %1</source>
        <translation>일부 클라우드 구성을 건너뛰었습니다: %1</translation>
    </message>
    <message>
        <source>Not connected to &quot;%1&quot;: it is defined in %2, in the working directory. Choose it in the cloud list (or start with --os-cloud %1) to connect.</source>
        <translation>&quot;%1&quot;에 연결하지 않았습니다. 이 클라우드는 작업 디렉터리의 %2에 정의되어 있습니다. 연결하려면 클라우드 목록에서 선택하십시오(또는 --os-cloud %1 옵션으로 시작하십시오).</translation>
    </message>
</context>
<context>
    <name>vpnaas::ApiError</name>
    <message>
        <source>The cloud configuration cannot be used</source>
        <translation>클라우드 구성을 사용할 수 없습니다</translation>
    </message>
    <message>
        <source>The cloud could not be reached</source>
        <translation>클라우드에 연결할 수 없습니다</translation>
    </message>
    <message>
        <source>The cloud did not answer in time</source>
        <translation>클라우드가 제시간에 응답하지 않았습니다</translation>
    </message>
    <message>
        <source>The cloud&apos;s TLS certificate was not accepted</source>
        <translation>클라우드의 TLS 인증서를 신뢰할 수 없습니다</translation>
    </message>
    <message>
        <source>The cloud refused the credentials</source>
        <translation>클라우드가 자격 증명을 거부했습니다</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>권한이 없습니다</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>찾을 수 없습니다</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>사용 중입니다</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>서버가 요청을 거부했습니다</translation>
    </message>
    <message>
        <source>The server failed</source>
        <translation>서버 오류가 발생했습니다</translation>
    </message>
    <message>
        <source>The server sent an unexpected reply</source>
        <translation>서버가 예상하지 못한 응답을 보냈습니다</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>취소되었습니다</translation>
    </message>
    <message>
        <source>(HTTP %1, request %2)</source>
        <translation>(HTTP %1, 요청 %2)</translation>
    </message>
    <message>
        <source>(HTTP %1)</source>
        <translation>(HTTP %1)</translation>
    </message>
    <message>
        <source>The outcome is unknown, the server may or may not have done it</source>
        <translation>결과를 알 수 없습니다. 서버가 요청을 처리했을 수도, 처리하지 않았을 수도 있습니다</translation>
    </message>
    <message>
        <source>Quota exceeded</source>
        <translation>할당량을 초과했습니다</translation>
    </message>
    <message>
        <source>Conflict with the cloud&apos;s current state</source>
        <translation>클라우드의 현재 상태와 충돌합니다</translation>
    </message>
</context>
<context>
    <name>vpnaas::CloudConfig</name>
    <message>
        <source>%1:1: the file is not a mapping (expected &quot;clouds:&quot;)</source>
        <translation>%1:1: 파일이 매핑 형식이 아닙니다(&quot;clouds:&quot;가 필요합니다)</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>%1:1: OS_CLIENT_CONFIG_FILE names a file that does not exist</source>
        <translation>%1:1: OS_CLIENT_CONFIG_FILE에 지정된 파일이 존재하지 않습니다</translation>
    </message>
    <message>
        <source>%1:1: cloud &quot;%2&quot; is not a mapping</source>
        <translation>%1:1: 클라우드 &quot;%2&quot;이(가) 매핑 형식이 아닙니다</translation>
    </message>
    <message>
        <source>OS_CLOUD names &quot;%1&quot;, which no clouds.yaml defines</source>
        <translation>OS_CLOUD에 지정된 &quot;%1&quot;을(를) 정의한 clouds.yaml이 없습니다</translation>
    </message>
    <message>
        <source>%1: cloud &quot;%2&quot; uses auth_type &quot;%3&quot;, which the console does not support</source>
        <translation>%1: 클라우드 &quot;%2&quot;이(가) 이 콘솔에서 지원하지 않는 auth_type &quot;%3&quot;을(를) 사용합니다</translation>
    </message>
    <message>
        <source>more than %1 values once YAML aliases are expanded; a clouds.yaml is far smaller (are aliases nested?)</source>
        <translation>YAML 별칭을 펼치면 값이 %1개를 넘습니다. clouds.yaml은 이보다 훨씬 작습니다(별칭이 중첩되어 있지 않습니까?)</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>%1단계보다 깊게 중첩되어 있습니다</translation>
    </message>
    <message>
        <source>%1:1: cannot read the file: %2</source>
        <translation>%1:1: 파일을 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1:1: the file is %2 bytes; a cloud configuration is at most %3</source>
        <translation>%1:1: 파일 크기가 %2바이트입니다. 클라우드 구성은 최대 %3바이트입니다</translation>
    </message>
    <message>
        <source>%1:1: the file was not read: %2</source>
        <translation>%1:1: 파일을 읽지 않았습니다: %2</translation>
    </message>
    <message>
        <source>%1 was not merged into %2 for %3: one of them is in the working directory. Name the cloud with --cloud to use both.</source>
        <translation>%3에 대해 %1을(를) %2에 병합하지 않았습니다. 둘 중 하나가 작업 디렉터리에 있습니다. 두 파일을 모두 사용하려면 --cloud로 클라우드 이름을 지정하십시오.</translation>
    </message>
    <message>
        <source>Region &quot;%1&quot; is not a valid region name for cloud &quot;%2&quot;. Valid choices are %3. Region names are case sensitive.</source>
        <translation>리전 &quot;%1&quot;은(는) 클라우드 &quot;%2&quot;의 올바른 리전 이름이 아닙니다. 선택할 수 있는 리전: %3. 리전 이름은 대소문자를 구분합니다.</translation>
    </message>
    <message>
        <source>%1: cloud &quot;%2&quot; uses profile &quot;%3&quot;, but no clouds-public.yaml was found; the cloud is loaded without it</source>
        <translation>%1: 클라우드 &quot;%2&quot;가 프로필 &quot;%3&quot;을(를) 사용하지만 clouds-public.yaml을 찾지 못했습니다. 프로필 없이 클라우드를 읽습니다</translation>
    </message>
    <message>
        <source>%1: cloud &quot;%2&quot; uses profile &quot;%3&quot;, which is not defined in %4; the cloud is loaded without it</source>
        <translation>%1: 클라우드 &quot;%2&quot;가 사용하는 프로필 &quot;%3&quot;이(가) %4에 정의되어 있지 않습니다. 프로필 없이 클라우드를 읽습니다</translation>
    </message>
    <message>
        <source>%1: cloud &quot;%2&quot; has an invalid entry in regions: (an entry is a name, or a mapping of name and values)</source>
        <translation>%1: 클라우드 &quot;%2&quot;의 regions:에 잘못된 항목이 있습니다(항목은 이름이거나 name과 values의 매핑입니다)</translation>
    </message>
    <message>
        <source>OS_REGION_NAME: %1</source>
        <translation>OS_REGION_NAME: %1</translation>
    </message>
</context>
<context>
    <name>vpnaas::CloudListModel</name>
    <message>
        <source>Sandbox (offline, simulated)</source>
        <translation>샌드박스(오프라인, 시뮬레이션)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The built-in offline cloud: an emulated Neutron VPNaaS API with a simulated agent</source>
        <translation>내장 오프라인 클라우드: 시뮬레이션 에이전트가 포함된 에뮬레이션 Neutron VPNaaS API</translation>
    </message>
    <message>
        <source>OS_* environment variables</source>
        <translation>OS_* 환경 변수</translation>
    </message>
</context>
<context>
    <name>vpnaas::CloudProfile</name>
    <message>
        <source>password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>token</source>
        <translation>토큰</translation>
    </message>
    <message>
        <source>credentials</source>
        <translation>자격 증명</translation>
    </message>
    <message>
        <source>Cloud &quot;%1&quot; sends its %2 unencrypted over plain http to %3.</source>
        <translation>클라우드 &quot;%1&quot;은(는) %2을(를) 암호화되지 않은 일반 http로 %3에 보냅니다.</translation>
    </message>
    <message>
        <source>TLS certificates of cloud &quot;%1&quot; are not verified (verify: false): anyone on the path can read and change its traffic.</source>
        <translation>클라우드 &quot;%1&quot;의 TLS 인증서를 검증하지 않습니다(verify: false). 통신 경로에 있는 누구든 트래픽을 읽고 변경할 수 있습니다.</translation>
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
    <message>
        <source>The reply has no &quot;ports&quot; list.</source>
        <translation>응답에 &quot;ports&quot; 목록이 없습니다.</translation>
    </message>
</context>
<context>
    <name>vpnaas::CredentialStore</name>
    <message>
        <source>No system keyring is available: there is no D-Bus session bus to reach one on.</source>
        <translation>사용할 수 있는 시스템 키링이 없습니다: 키링에 닿을 D-Bus 세션 버스가 없습니다.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>알 수 없는 오류</translation>
    </message>
    <message>
        <source>The system keyring is not available: %1</source>
        <translation>시스템 키링을 사용할 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>vpnaas::DeletionRun</name>
    <message>
        <source>Deleting %1 “%2”</source>
        <translation>%1 “%2” 삭제 중</translation>
    </message>
</context>
<context>
    <name>vpnaas::HttpExchange</name>
    <message>
        <source>the server answered with an HTML page (HTTP %1)</source>
        <translation>서버가 HTML 페이지로 응답함(HTTP %1)</translation>
    </message>
</context>
<context>
    <name>vpnaas::Job</name>
    <message>
        <source>no connection to a cloud</source>
        <translation>클라우드에 연결되어 있지 않음</translation>
    </message>
    <message>
        <source>no answer within %1 seconds</source>
        <translation>%1초 안에 응답 없음</translation>
    </message>
    <message>
        <source>the token was refused</source>
        <translation>토큰이 거부됨</translation>
    </message>
    <message>
        <source>the connection to the cloud was closed</source>
        <translation>클라우드 연결이 닫힘</translation>
    </message>
    <message>
        <source>the connection to the cloud was closed while the request was under way</source>
        <translation>요청을 처리하는 중에 클라우드 연결이 닫힘</translation>
    </message>
    <message>
        <source>canceled while the request was under way</source>
        <translation>요청을 처리하는 중에 취소됨</translation>
    </message>
    <message>
        <source>no connection within %1 seconds</source>
        <translation>%1초 안에 연결되지 않음</translation>
    </message>
    <message>
        <source>the answer stopped after the headers: nothing for %1 seconds</source>
        <translation>헤더를 받은 후 응답이 멈춤: %1초 동안 수신 없음</translation>
    </message>
    <message>
        <source>no answer for %1 seconds</source>
        <translation>%1초 동안 응답 없음</translation>
    </message>
    <message>
        <source>the reply is larger than %1 MB and was not read</source>
        <translation>응답이 %1 MB보다 커서 읽지 않음</translation>
    </message>
    <message>
        <source>the connection broke after the headers (%1)</source>
        <translation>헤더를 받은 후 연결이 끊김(%1)</translation>
    </message>
    <message>
        <source>Qt would have had to send the request again (the connection broke after it was sent, or the server redirected it)</source>
        <translation>Qt가 요청을 다시 보내야 하는 상황이었음(요청을 보낸 후 연결이 끊겼거나 서버가 리디렉션함)</translation>
    </message>
    <message>
        <source>%1; it is not sent again</source>
        <translation>%1; 다시 보내지 않음</translation>
    </message>
    <message>
        <source>the server answered with a redirect without a target</source>
        <translation>서버가 대상 없는 리디렉션으로 응답함</translation>
    </message>
    <message>
        <source>the server redirected the request to %1, another address; it is not followed, so the token stays with this cloud (check the endpoint in clouds.yaml)</source>
        <translation>서버가 요청을 다른 주소 %1(으)로 리디렉션함. 토큰이 이 클라우드 밖으로 나가지 않도록 따르지 않음(clouds.yaml의 엔드포인트를 확인하십시오)</translation>
    </message>
    <message>
        <source>the server redirected the request to %1; not followed</source>
        <translation>서버가 요청을 %1(으)로 리디렉션함. 따르지 않음</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>a gateway answered %1 (%2); it is not sent again</source>
        <translation>게이트웨이가 %1(으)로 응답함(%2); 다시 보내지 않음</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>세부 정보 없음</translation>
    </message>
    <message>
        <source>%1 (%2 attempts; the last failure: %3)</source>
        <translation>%1(%2회 시도, 마지막 실패: %3)</translation>
    </message>
</context>
<context>
    <name>vpnaas::NavigationModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>vpnaas::PrivateFiles</name>
    <message>
        <source>Cannot make %1 private (readable by its owner only).</source>
        <translation>%1을(를) 비공개(소유자만 읽기 가능)로 설정할 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>폴더 %1을(를) 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1을(를) 만들 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>vpnaas::ProjectDirectory</name>
    <message>
        <source>this cloud has no Keystone to ask for projects</source>
        <translation>이 클라우드에는 프로젝트를 물어볼 Keystone이 없습니다</translation>
    </message>
    <message>
        <source>Keystone did not answer</source>
        <translation>Keystone이 응답하지 않았습니다</translation>
    </message>
    <message>
        <source>Keystone&apos;s project list is not readable</source>
        <translation>Keystone의 프로젝트 목록을 읽을 수 없습니다</translation>
    </message>
</context>
<context>
    <name>vpnaas::ResourceDetails</name>
    <message>
        <source>Up</source>
        <translation>활성</translation>
    </message>
    <message>
        <source>Down (administratively)</source>
        <translation>비활성(관리자 설정)</translation>
    </message>
    <message>
        <source>weak: prefer AES (aes-256)</source>
        <translation>취약함: AES(aes-256) 권장</translation>
    </message>
    <message>
        <source>weak: prefer sha256 or stronger</source>
        <translation>취약함: sha256 이상 권장</translation>
    </message>
    <message>
        <source>weak: prefer group14 or higher</source>
        <translation>취약함: group14 이상 권장</translation>
    </message>
    <message>
        <source>not a value this console knows</source>
        <translation>이 콘솔에서 알 수 없는 값</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>not found in this project</source>
        <translation>이 프로젝트에서 찾을 수 없음</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>사용처</translation>
    </message>
    <message>
        <source>no connection</source>
        <translation>연결 없음</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>암호화</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>무결성</translation>
    </message>
    <message>
        <source>PFS group</source>
        <translation>PFS 그룹</translation>
    </message>
    <message>
        <source>IKE version</source>
        <translation>IKE 버전</translation>
    </message>
    <message>
        <source>Phase 1 mode</source>
        <translation>Phase 1 모드</translation>
    </message>
    <message>
        <source>Lifetime</source>
        <translation>수명</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>프로젝트</translation>
    </message>
    <message>
        <source>Transform protocol</source>
        <translation>변환 프로토콜</translation>
    </message>
    <message>
        <source>Encapsulation mode</source>
        <translation>캡슐화 모드</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Admin state</source>
        <translation>관리 상태</translation>
    </message>
    <message>
        <source>%1, gateway %2</source>
        <translation>%1, 게이트웨이 %2</translation>
    </message>
    <message>
        <source>Router</source>
        <translation>라우터</translation>
    </message>
    <message>
        <source>External IPv4</source>
        <translation>외부 IPv4</translation>
    </message>
    <message>
        <source>External IPv6</source>
        <translation>외부 IPv6</translation>
    </message>
    <message>
        <source>Subnet (legacy)</source>
        <translation>서브넷(레거시)</translation>
    </message>
    <message>
        <source>none: connections use endpoint groups</source>
        <translation>없음: 연결에서 엔드포인트 그룹 사용</translation>
    </message>
    <message>
        <source>Flavor</source>
        <translation>플레이버</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>엔드포인트</translation>
    </message>
    <message>
        <source>the strongSwan driver still renders it</source>
        <translation>strongSwan 드라이버는 그래도 설정을 생성함</translation>
    </message>
    <message>
        <source>Peer address</source>
        <translation>피어 주소</translation>
    </message>
    <message>
        <source>Peer ID</source>
        <translation>피어 ID</translation>
    </message>
    <message>
        <source>Local ID</source>
        <translation>로컬 ID</translation>
    </message>
    <message>
        <source>the router&apos;s external IP</source>
        <translation>라우터의 외부 IP</translation>
    </message>
    <message>
        <source>Pre-shared key</source>
        <translation>사전 공유 키</translation>
    </message>
    <message>
        <source>VPN service</source>
        <translation>VPN 서비스</translation>
    </message>
    <message>
        <source>IKE policy</source>
        <translation>IKE 정책</translation>
    </message>
    <message>
        <source>IPsec policy</source>
        <translation>IPsec 정책</translation>
    </message>
    <message>
        <source>Local endpoint group</source>
        <translation>로컬 엔드포인트 그룹</translation>
    </message>
    <message>
        <source>Peer endpoint group</source>
        <translation>피어 엔드포인트 그룹</translation>
    </message>
    <message>
        <source>Local subnet (legacy)</source>
        <translation>로컬 서브넷(레거시)</translation>
    </message>
    <message>
        <source>Peer CIDRs (legacy)</source>
        <translation>피어 CIDR(레거시)</translation>
    </message>
    <message>
        <source>MTU</source>
        <translation>MTU</translation>
    </message>
    <message>
        <source>the strongSwan driver does not render the MTU</source>
        <translation>strongSwan 드라이버는 MTU를 설정에 반영하지 않음</translation>
    </message>
    <message>
        <source>the strongSwan driver ignores response-only</source>
        <translation>strongSwan 드라이버는 response-only를 무시함</translation>
    </message>
    <message>
        <source>Initiator</source>
        <translation>개시 방식</translation>
    </message>
    <message>
        <source>the strongSwan driver writes an ipsec.conf that does not load with this action</source>
        <translation>strongSwan 드라이버가 이 동작으로는 로드되지 않는 ipsec.conf를 생성함</translation>
    </message>
    <message>
        <source>DPD action</source>
        <translation>DPD 동작</translation>
    </message>
    <message>
        <source>DPD interval / timeout</source>
        <translation>DPD 간격 / 제한 시간</translation>
    </message>
    <message>
        <source>%1 s / %2 s</source>
        <translation>%1초 / %2초</translation>
    </message>
    <message>
        <source>Route mode</source>
        <translation>라우팅 모드</translation>
    </message>
    <message>
        <source>Auth mode</source>
        <translation>인증 모드</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
</context>
<context>
    <name>vpnaas::ResourceKindText</name>
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
        <source>IKE policy</source>
        <translation>IKE 정책</translation>
    </message>
    <message>
        <source>IPsec policy</source>
        <translation>IPsec 정책</translation>
    </message>
    <message>
        <source>VPN service</source>
        <translation>VPN 서비스</translation>
    </message>
    <message>
        <source>Endpoint group</source>
        <translation>엔드포인트 그룹</translation>
    </message>
    <message>
        <source>IPsec site connection</source>
        <translation>IPsec 사이트 연결</translation>
    </message>
    <message>
        <source>IKE Policy</source>
        <translation>IKE 정책</translation>
    </message>
    <message>
        <source>IPsec Policy</source>
        <translation>IPsec 정책</translation>
    </message>
    <message>
        <source>VPN Service</source>
        <translation>VPN 서비스</translation>
    </message>
    <message>
        <source>Endpoint Group</source>
        <translation>엔드포인트 그룹</translation>
    </message>
    <message>
        <source>IPsec Site Connection</source>
        <translation>IPsec 사이트 연결</translation>
    </message>
    <message>
        <source>IKE Policies</source>
        <translation>IKE 정책</translation>
    </message>
    <message>
        <source>IPsec Policies</source>
        <translation>IPsec 정책</translation>
    </message>
    <message>
        <source>VPN Services</source>
        <translation>VPN 서비스</translation>
    </message>
    <message>
        <source>Endpoint Groups</source>
        <translation>엔드포인트 그룹</translation>
    </message>
    <message>
        <source>IPsec Site Connections</source>
        <translation>IPsec 사이트 연결</translation>
    </message>
</context>
<context>
    <name>vpnaas::ResourceTableModel</name>
    <message>
        <source>Up</source>
        <translation>활성</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>비활성</translation>
    </message>
    <message>
        <source>unused</source>
        <translation>미사용</translation>
    </message>
    <message>
        <source>1 connection</source>
        <translation>연결 1개</translation>
    </message>
    <message numerus="yes">
        <source>%n connections</source>
        <translation>
            <numerusform>연결 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>암호화</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>무결성</translation>
    </message>
    <message>
        <source>PFS</source>
        <translation>PFS</translation>
    </message>
    <message>
        <source>Lifetime</source>
        <translation>수명</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>프로토콜</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>모드</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Router</source>
        <translation>라우터</translation>
    </message>
    <message>
        <source>External IP</source>
        <translation>외부 IP</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>엔드포인트</translation>
    </message>
    <message>
        <source>Peer ID</source>
        <translation>피어 ID</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>로컬</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>피어</translation>
    </message>
    <message>
        <source>MTU</source>
        <translation>MTU</translation>
    </message>
    <message>
        <source>DPD</source>
        <translation>DPD</translation>
    </message>
    <message>
        <source>Initiator</source>
        <translation>개시 방식</translation>
    </message>
    <message>
        <source>%1, %2 s / %3 s</source>
        <translation>%1, %2초 / %3초</translation>
    </message>
    <message>
        <source>Pre-shared key, revealed</source>
        <translation>사전 공유 키(표시됨)</translation>
    </message>
    <message>
        <source>Pre-shared key (hidden; use Reveal to show it)</source>
        <translation>사전 공유 키(숨겨짐, 보려면 [사전 공유 키 표시] 사용)</translation>
    </message>
    <message>
        <source>%1 is a weak choice: prefer AES-256, SHA-256 or better and DH group 14 or higher</source>
        <translation>%1은(는) 취약한 선택입니다. AES-256, SHA-256 이상, DH group 14 이상을 권장합니다</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>프로젝트</translation>
    </message>
    <message>
        <source>Project %1 (its name is not known to this user)</source>
        <translation>프로젝트 %1(이 사용자는 이름을 알 수 없음)</translation>
    </message>
    <message>
        <source>Project %1 (%2)</source>
        <translation>프로젝트 %1(%2)</translation>
    </message>
    <message>
        <source>IKE Version</source>
        <translation>IKE 버전</translation>
    </message>
    <message>
        <source>Phase 1 Mode</source>
        <translation>Phase 1 모드</translation>
    </message>
    <message>
        <source>Used By</source>
        <translation>사용처</translation>
    </message>
    <message>
        <source>Subnet (Legacy)</source>
        <translation>서브넷(레거시)</translation>
    </message>
    <message>
        <source>Admin State</source>
        <translation>관리 상태</translation>
    </message>
    <message>
        <source>Peer Address</source>
        <translation>피어 주소</translation>
    </message>
    <message>
        <source>VPN Service</source>
        <translation>VPN 서비스</translation>
    </message>
    <message>
        <source>IKE Policy</source>
        <translation>IKE 정책</translation>
    </message>
    <message>
        <source>IPsec Policy</source>
        <translation>IPsec 정책</translation>
    </message>
    <message>
        <source>Pre-Shared Key</source>
        <translation>사전 공유 키</translation>
    </message>
</context>
<context>
    <name>vpnaas::RunCleanup</name>
    <message>
        <source>not attempted: the clean-up was stopped</source>
        <translation>시도하지 않음: 정리가 중지됨</translation>
    </message>
    <message>
        <source>Looking for %1 created by this run</source>
        <translation>이번 실행에서 생성한 %1 찾는 중</translation>
    </message>
    <message>
        <source>Deleting %1</source>
        <translation>%1 삭제 중</translation>
    </message>
    <message>
        <source>Looking up what still uses it</source>
        <translation>아직 사용 중인 리소스 확인 중</translation>
    </message>
    <message>
        <source>connection “%1” (%2)</source>
        <translation>연결 “%1” (%2)</translation>
    </message>
</context>
<context>
    <name>vpnaas::Sandbox</name>
    <message>
        <source>Sandbox</source>
        <translation>샌드박스</translation>
    </message>
    <message>
        <source>Seeding the sandbox failed at %1 %2: %3</source>
        <translation>샌드박스에 초기 데이터를 넣는 중 %1 %2에서 실패했습니다: %3</translation>
    </message>
    <message>
        <source>built-in offline sandbox, in memory only</source>
        <translation>내장 오프라인 샌드박스(메모리에만 보관)</translation>
    </message>
</context>
<context>
    <name>vpnaas::SandboxCounterSource</name>
    <message>
        <source>the sandbox is not open</source>
        <translation>샌드박스가 열려 있지 않음</translation>
    </message>
    <message>
        <source>the sandbox&apos;s simulated agent</source>
        <translation>샌드박스의 시뮬레이션 에이전트</translation>
    </message>
</context>
<context>
    <name>vpnaas::SandboxStore</name>
    <message>
        <source>Cannot open the sandbox database %1: %2</source>
        <translation>샌드박스 데이터베이스 %1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The sandbox database %1 cannot be used: %2</source>
        <translation>샌드박스 데이터베이스 %1을(를) 사용할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The sandbox database %1 cannot be read: %2</source>
        <translation>샌드박스 데이터베이스 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>A batch of sandbox writes is already open.</source>
        <translation>샌드박스 쓰기 일괄 작업이 이미 열려 있습니다.</translation>
    </message>
    <message>
        <source>No batch of sandbox writes is open.</source>
        <translation>열려 있는 샌드박스 쓰기 일괄 작업이 없습니다.</translation>
    </message>
</context>
<context>
    <name>vpnaas::Session</name>
    <message>
        <source>auth_type &quot;%1&quot; is not supported</source>
        <translation>auth_type &quot;%1&quot;은(는) 지원되지 않음</translation>
    </message>
    <message>
        <source>no certificate could be read from cacert &quot;%1&quot;</source>
        <translation>cacert &quot;%1&quot;에서 인증서를 읽을 수 없음</translation>
    </message>
    <message>
        <source>auth_type none needs an endpoint (auth.endpoint or OS_ENDPOINT)</source>
        <translation>auth_type none에는 엔드포인트(auth.endpoint 또는 OS_ENDPOINT)가 필요함</translation>
    </message>
    <message>
        <source>auth_url is missing or not a URL</source>
        <translation>auth_url이 없거나 URL이 아님</translation>
    </message>
    <message>
        <source>Keystone refused the credentials of cloud &quot;%1&quot; (%2).</source>
        <translation>Keystone이 클라우드 &quot;%1&quot;의 자격 증명을 거부했습니다(%2).</translation>
    </message>
    <message>
        <source>the service catalog has no network endpoint for interface &quot;%1&quot;%2</source>
        <translation>서비스 카탈로그에 인터페이스 &quot;%1&quot;%2의 네트워크 엔드포인트가 없음</translation>
    </message>
    <message>
        <source> in region &quot;%1&quot;</source>
        <translation> (리전 &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>Keystone sent no token</source>
        <translation>Keystone이 토큰을 보내지 않음</translation>
    </message>
    <message>
        <source>the connection to the cloud was closed</source>
        <translation>클라우드 연결이 닫힘</translation>
    </message>
    <message>
        <source>Keystone did not answer within %1 seconds</source>
        <translation>Keystone이 %1초 안에 응답하지 않음</translation>
    </message>
    <message>
        <source>no connection to Keystone within %1 seconds</source>
        <translation>%1초 안에 Keystone에 연결되지 않음</translation>
    </message>
    <message>
        <source>Keystone sent nothing for %1 seconds</source>
        <translation>Keystone이 %1초 동안 아무것도 보내지 않음</translation>
    </message>
    <message>
        <source>Keystone&apos;s reply is too large</source>
        <translation>Keystone의 응답이 너무 큼</translation>
    </message>
    <message>
        <source>Keystone redirected to %1; not followed, so the credentials stay here (check auth_url)</source>
        <translation>Keystone이 %1(으)로 리디렉션함. 자격 증명이 밖으로 나가지 않도록 따르지 않음(auth_url을 확인하십시오)</translation>
    </message>
    <message>
        <source>Keystone answered with a redirect (check auth_url)</source>
        <translation>Keystone이 리디렉션으로 응답함(auth_url을 확인하십시오)</translation>
    </message>
    <message>
        <source>no certificate could be read from cert &quot;%1&quot;</source>
        <translation>cert &quot;%1&quot;에서 인증서를 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>no unencrypted PEM private key could be read from %1 &quot;%2&quot;</source>
        <translation>%1 &quot;%2&quot;에서 암호화되지 않은 PEM 개인 키를 읽을 수 없습니다</translation>
    </message>
</context>
<context>
    <name>vpnaas::SiteToSiteRun</name>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 “%2”</translation>
    </message>
    <message>
        <source>Creating %1</source>
        <translation>%1 생성 중</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>%2단계 중 %1단계</translation>
    </message>
    <message numerus="yes">
        <source>Created %n resource(s).</source>
        <translation>
            <numerusform>리소스 %n개를 생성했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 실패: %2</translation>
    </message>
    <message>
        <source>Nothing had been created.</source>
        <translation>생성된 리소스는 없었습니다.</translation>
    </message>
    <message>
        <source>no answer; the server may still create it</source>
        <translation>응답 없음. 서버가 나중에 생성할 수도 있음</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 “%2” (%3)</source>
        <translation>%1 “%2” (%3)</translation>
    </message>
    <message numerus="yes">
        <source>The server had created %n of them twice (a request sent again by the network); the duplicates were deleted.</source>
        <translation>
            <numerusform>서버가 그중 %n개를 두 번 생성했습니다(네트워크가 요청을 다시 보냄). 중복된 리소스는 삭제했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 stopped: the console switched away from cloud “%2”. The rest of the run was not sent; the clean-up ran on “%2”.</source>
        <translation>%1 중지됨: 콘솔이 클라우드 “%2”에서 다른 클라우드로 전환했습니다. 나머지 단계는 보내지 않았으며, 정리는 “%2”에서 실행했습니다.</translation>
    </message>
    <message>
        <source>%1 canceled: the wizard was closed while creating.</source>
        <translation>%1 취소됨: 생성 중에 마법사가 닫혔습니다.</translation>
    </message>
    <message>
        <source>The server may have created it all the same; the console looked for it by the run’s tag instead of sending it again.</source>
        <translation>그래도 서버가 생성했을 수 있으므로, 콘솔은 요청을 다시 보내는 대신 실행 태그로 찾아보았습니다.</translation>
    </message>
    <message>
        <source>Found by the run’s tag although no answer had named them: %1.</source>
        <translation>응답에는 없었지만 실행 태그로 찾은 리소스: %1.</translation>
    </message>
    <message>
        <source>Deleted again what this run had created (%1): %2.</source>
        <translation>이번 실행에서 생성한 리소스를 다시 삭제했습니다(%1개): %2.</translation>
    </message>
    <message>
        <source>%1 was already gone.</source>
        <translation>%1은(는) 이미 없었습니다.</translation>
    </message>
    <message>
        <source>Could not delete %1: %2</source>
        <translation>%1을(를) 삭제하지 못했습니다: %2</translation>
    </message>
    <message>
        <source>It is still used by %1.</source>
        <translation>다음에서 아직 사용 중입니다: %1.</translation>
    </message>
    <message>
        <source>Could not check whether the server created a %1 (%2). If it did, its description contains “%3”.</source>
        <translation>서버가 %1을(를) 생성했는지 확인하지 못했습니다(%2). 생성했다면 그 설명에 “%3”이(가) 들어 있습니다.</translation>
    </message>
    <message>
        <source>The server did not answer the request for the %1 and may still create it; the console looks for it (by “%2”) the next time it connects to this cloud.</source>
        <translation>서버가 %1 요청에 응답하지 않았으며 나중에 생성할 수도 있습니다. 콘솔은 다음에 이 클라우드에 연결할 때 “%2”(으)로 찾아봅니다.</translation>
    </message>
    <message>
        <source>The console remembers what is left on cloud “%1” and offers to delete it the next time it connects to that cloud; you can also delete it by hand.</source>
        <translation>콘솔은 클라우드 “%1”에 남은 리소스를 기억해 두었다가 다음에 그 클라우드에 연결할 때 삭제를 제안합니다. 직접 삭제할 수도 있습니다.</translation>
    </message>
    <message>
        <source>Delete what is left by hand.</source>
        <translation>남은 리소스는 직접 삭제하십시오.</translation>
    </message>
</context>
<context>
    <name>vpnaas::StrongSwanLint</name>
    <message>
        <source>The connection names no local endpoint group and the VPN service has no subnet, so leftsubnet is empty.</source>
        <translation>연결에 로컬 엔드포인트 그룹이 지정되지 않았고 VPN 서비스에도 서브넷이 없어 leftsubnet이 비어 있습니다.</translation>
    </message>
    <message>
        <source>The local endpoint group %1 has type &quot;%2&quot;; it must be a subnet group, so leftsubnet is empty.</source>
        <translation>로컬 엔드포인트 그룹 %1의 유형이 &quot;%2&quot;이므로 leftsubnet이 비어 있습니다. 로컬 그룹은 subnet 유형이어야 합니다.</translation>
    </message>
    <message>
        <source>The local endpoint group %1 is not known, so leftsubnet is empty.</source>
        <translation>로컬 엔드포인트 그룹 %1을(를) 찾을 수 없어 leftsubnet이 비어 있습니다.</translation>
    </message>
    <message>
        <source>The subnet %1 is not known; its CIDR is missing from leftsubnet.</source>
        <translation>서브넷 %1을(를) 찾을 수 없어 해당 CIDR이 leftsubnet에서 빠졌습니다.</translation>
    </message>
    <message>
        <source>The connection names no peer endpoint group, so rightsubnet is empty.</source>
        <translation>연결에 피어 엔드포인트 그룹이 지정되지 않아 rightsubnet이 비어 있습니다.</translation>
    </message>
    <message>
        <source>The peer endpoint group %1 has type &quot;%2&quot;; it must be a cidr group, so rightsubnet is empty.</source>
        <translation>피어 엔드포인트 그룹 %1의 유형이 &quot;%2&quot;이므로 rightsubnet이 비어 있습니다. 피어 그룹은 cidr 유형이어야 합니다.</translation>
    </message>
    <message>
        <source>The peer endpoint group %1 is not known, so rightsubnet is empty.</source>
        <translation>피어 엔드포인트 그룹 %1을(를) 찾을 수 없어 rightsubnet이 비어 있습니다.</translation>
    </message>
    <message>
        <source>The connection has no peer CIDRs, so rightsubnet is empty.</source>
        <translation>연결에 피어 CIDR이 없어 rightsubnet이 비어 있습니다.</translation>
    </message>
    <message>
        <source>The peer address &quot;%1&quot; is not an IP address. Neutron stores the address a host name resolves to; the driver cannot choose an external IP for anything else.</source>
        <translation>피어 주소 &quot;%1&quot;은(는) IP 주소가 아닙니다. Neutron은 호스트 이름을 확인한 주소를 저장하며, 그 밖의 값으로는 드라이버가 외부 IP를 선택할 수 없습니다.</translation>
    </message>
    <message>
        <source>The router&apos;s IPv%1 gateway is now %2, but the driver keeps using the address recorded when the VPN service was created (%3).</source>
        <translation>라우터의 IPv%1 게이트웨이는 현재 %2이지만, 드라이버는 VPN 서비스를 생성할 때 기록된 주소(%3)를 계속 사용합니다.</translation>
    </message>
    <message>
        <source>The VPN service has no IPv%1 external address recorded; the router&apos;s gateway IP %2 is shown instead.</source>
        <translation>VPN 서비스에 기록된 IPv%1 외부 주소가 없어 대신 라우터의 게이트웨이 IP %2을(를) 표시합니다.</translation>
    </message>
    <message>
        <source>Neither the VPN service nor its router has an IPv%1 external address for this IPv%1 peer, so left and leftid are empty.</source>
        <translation>VPN 서비스와 라우터 모두 이 IPv%1 피어에 사용할 IPv%1 외부 주소가 없어 left와 leftid가 비어 있습니다.</translation>
    </message>
    <message>
        <source>The IKE policy %1 is not known, so keyexchange, ike and ikelifetime cannot be rendered.</source>
        <translation>IKE 정책 %1을(를) 찾을 수 없어 keyexchange, ike, ikelifetime을 생성할 수 없습니다.</translation>
    </message>
    <message>
        <source>The IPsec policy %1 is not known, so esp (or ah), lifetime and type cannot be rendered.</source>
        <translation>IPsec 정책 %1을(를) 찾을 수 없어 esp(또는 ah), lifetime, type을 생성할 수 없습니다.</translation>
    </message>
    <message>
        <source>The VPN service %1 of this connection is not known, so the local side (left, leftsubnet) cannot be rendered.</source>
        <translation>이 연결의 VPN 서비스 %1을(를) 찾을 수 없어 로컬 측(left, leftsubnet)을 생성할 수 없습니다.</translation>
    </message>
    <message>
        <source>The VPN service %1 is not known; only the fixed parts of the files can be rendered.</source>
        <translation>VPN 서비스 %1을(를) 찾을 수 없어 파일의 고정된 부분만 생성할 수 있습니다.</translation>
    </message>
    <message>
        <source>The IPsec site connection %1 is not known; only the fixed parts of the files can be rendered.</source>
        <translation>IPsec 사이트 연결 %1을(를) 찾을 수 없어 파일의 고정된 부분만 생성할 수 있습니다.</translation>
    </message>
    <message>
        <source>The VPN service is administratively down: the driver stops strongSwan on this router and none of these files is in use.</source>
        <translation>VPN 서비스의 관리 상태가 비활성입니다. 드라이버가 이 라우터의 strongSwan을 중지하므로 이 파일은 모두 사용되지 않습니다.</translation>
    </message>
    <message>
        <source>The VPN service uses the deprecated subnet mode (a subnet on the service, peer_cidrs on each connection) instead of endpoint groups.</source>
        <translation>VPN 서비스가 엔드포인트 그룹 대신 더 이상 권장되지 않는 서브넷 방식(서비스에 서브넷, 각 연결에 peer_cidrs 지정)을 사용합니다.</translation>
    </message>
    <message>
        <source>The VPN service has no connections; the agent renders nothing for it until one is created.</source>
        <translation>VPN 서비스에 연결이 없습니다. 연결을 생성하기 전까지 에이전트는 이 서비스의 설정을 생성하지 않습니다.</translation>
    </message>
    <message>
        <source>Every connection of the VPN service is administratively down: the driver stops strongSwan on this router instead of running these files.</source>
        <translation>VPN 서비스의 모든 연결이 관리 상태 비활성입니다. 드라이버는 이 파일로 strongSwan을 실행하지 않고 이 라우터의 strongSwan을 중지합니다.</translation>
    </message>
    <message>
        <source>The driver writes ike= and esp= without the strict &quot;!&quot;: as a responder the router also accepts strongSwan&apos;s default proposals, so a peer can negotiate other algorithms than the policies name. The peer files here are strict.</source>
        <translation>드라이버는 ike=와 esp=를 엄격 지정 기호 &quot;!&quot; 없이 기록합니다. 이 때문에 응답자인 라우터는 strongSwan의 기본 제안도 수락하며, 피어가 정책에 지정되지 않은 알고리즘으로 협상할 수 있습니다. 여기의 피어 측 파일은 &quot;!&quot;를 붙여 엄격하게 지정합니다.</translation>
    </message>
    <message>
        <source>The connection is administratively down, but the strongSwan driver still writes it (auto=route) and brings it up; only the Libreswan driver leaves it out.</source>
        <translation>연결의 관리 상태가 비활성이지만 strongSwan 드라이버는 이 연결을 그대로 기록(auto=route)하고 활성화합니다. 이 연결을 제외하는 것은 Libreswan 드라이버뿐입니다.</translation>
    </message>
    <message>
        <source>initiator=response-only has no effect with strongSwan: the driver writes auto=route and brings every connection up itself.</source>
        <translation>initiator=response-only는 strongSwan에서 효과가 없습니다. 드라이버가 auto=route를 기록하고 모든 연결을 직접 활성화합니다.</translation>
    </message>
    <message>
        <source>mtu=%1 is not rendered by the strongSwan driver; the tunnel uses the router interface&apos;s MTU (the Libreswan peer file sets it).</source>
        <translation>strongSwan 드라이버는 mtu=%1을(를) 설정에 반영하지 않습니다. 터널에는 라우터 인터페이스의 MTU가 사용됩니다(Libreswan 피어 파일에는 설정됨).</translation>
    </message>
    <message>
        <source>dpdaction=%1 is not a value strongSwan&apos;s ipsec.conf accepts (none, clear, hold, restart): the starter rejects this connection (&quot;bad argument value&quot;, &quot;ignored conn&quot;) and it never comes up. Use hold, clear or restart.</source>
        <translation>dpdaction=%1은(는) strongSwan의 ipsec.conf에서 허용하는 값(none, clear, hold, restart)이 아닙니다. starter가 이 연결을 거부하므로(&quot;bad argument value&quot;, &quot;ignored conn&quot;) 연결이 전혀 수립되지 않습니다. hold, clear 또는 restart를 사용하십시오.</translation>
    </message>
    <message>
        <source>With IKEv2 strongSwan ignores dpdtimeout=%1s: a dead peer is noticed when retransmissions time out (about 165 s with the default settings).</source>
        <translation>IKEv2에서는 strongSwan이 dpdtimeout=%1s를 무시합니다. 데드 피어는 재전송 시간이 초과될 때 감지됩니다(기본 설정에서 약 165초).</translation>
    </message>
    <message>
        <source>The %1 driver has no strongSwan name for the %2 &quot;%3&quot;: it writes the value unchanged and strongSwan rejects the proposal.</source>
        <translation>%1 드라이버에는 %2 &quot;%3&quot;에 해당하는 strongSwan 이름이 없습니다. 드라이버가 값을 그대로 기록하므로 strongSwan이 제안을 거부합니다.</translation>
    </message>
    <message>
        <source>Libreswan does not implement %1 (%2); a Libreswan peer cannot match this policy.</source>
        <translation>Libreswan은 %1(%2)을(를) 구현하지 않으므로, Libreswan 피어와는 이 정책으로 협상할 수 없습니다.</translation>
    </message>
    <message>
        <source>Libreswan does not implement %1 for %2; a Libreswan peer cannot match this policy.</source>
        <translation>Libreswan은 %2에 대해 %1을(를) 구현하지 않으므로, Libreswan 피어와는 이 정책으로 협상할 수 없습니다.</translation>
    </message>
    <message>
        <source>The lifetime unit &quot;%1&quot; is not supported; the driver writes the value as seconds.</source>
        <translation>수명 단위 &quot;%1&quot;은(는) 지원되지 않습니다. 드라이버는 값을 초 단위로 기록합니다.</translation>
    </message>
    <message>
        <source>%1=%2s is shorter than the driver&apos;s rekeymargin=3m plus its random fuzz (6 minutes), which must not exceed the lifetime: rekeying becomes erratic.</source>
        <translation>%1=%2s가 드라이버의 rekeymargin=3m에 무작위 fuzz를 더한 값(6분)보다 짧습니다. 이 값은 수명을 넘으면 안 되므로, 키 재생성(rekey)이 불규칙하게 일어납니다.</translation>
    </message>
    <message>
        <source>lifetime=%1s is longer than strongSwan&apos;s maximum IPsec SA lifetime of 24 hours.</source>
        <translation>lifetime=%1s가 strongSwan의 최대 IPsec SA 수명인 24시간보다 깁니다.</translation>
    </message>
    <message>
        <source>IKE version</source>
        <translation>IKE 버전</translation>
    </message>
    <message>
        <source>IKE encryption algorithm</source>
        <translation>IKE 암호화 알고리즘</translation>
    </message>
    <message>
        <source>IKE authentication algorithm</source>
        <translation>IKE 인증 알고리즘</translation>
    </message>
    <message>
        <source>IKE PFS group</source>
        <translation>IKE PFS 그룹</translation>
    </message>
    <message>
        <source>The IKE policy uses weak algorithms: %1.</source>
        <translation>IKE 정책에서 취약한 알고리즘을 사용합니다: %1.</translation>
    </message>
    <message>
        <source>IKEv1 aggressive mode sends the identities in clear and a hash an eavesdropper can use to attack the pre-shared key offline; prefer main mode.</source>
        <translation>IKEv1 Aggressive 모드는 ID를 평문으로 보내고, 도청자가 사전 공유 키를 오프라인으로 공격하는 데 쓸 수 있는 해시도 함께 보냅니다. Main 모드를 권장합니다.</translation>
    </message>
    <message>
        <source>aggressive=yes has no effect with IKEv2; the peer files leave it out.</source>
        <translation>aggressive=yes는 IKEv2에서 효과가 없으므로 피어 파일에서는 생략합니다.</translation>
    </message>
    <message>
        <source>IKEv1: current Libreswan builds (RHEL 9 and later, Libreswan 5) may ship without IKEv1 support, so a Libreswan peer may not be able to load ikev2=never.</source>
        <translation>IKEv1: 최신 Libreswan 빌드(RHEL 9 이상, Libreswan 5)는 IKEv1 지원 없이 배포될 수 있으므로, Libreswan 피어가 ikev2=never를 로드하지 못할 수 있습니다.</translation>
    </message>
    <message>
        <source>transform_protocol ah-esp is refused by the strongSwan and Libreswan drivers (&quot;IPSec does not support IPsec Policy attribute transform_protocol with value &apos;ah-esp&apos;&quot;): a connection with this policy cannot be created. It is shown here as plain ESP.</source>
        <translation>strongSwan 및 Libreswan 드라이버는 transform_protocol ah-esp를 거부합니다(&quot;IPSec does not support IPsec Policy attribute transform_protocol with value &apos;ah-esp&apos;&quot;). 이 정책으로는 연결을 생성할 수 없습니다. 여기에서는 일반 ESP로 표시합니다.</translation>
    </message>
    <message>
        <source>The transform protocol &quot;%1&quot; is not known; the driver renders it as ESP.</source>
        <translation>변환 프로토콜 &quot;%1&quot;은(는) 알 수 없는 값이므로 드라이버가 ESP로 생성합니다.</translation>
    </message>
    <message>
        <source>The encapsulation mode &quot;%1&quot; is not one strongSwan knows (tunnel, transport).</source>
        <translation>캡슐화 모드 &quot;%1&quot;은(는) strongSwan에서 인식하는 값(tunnel, transport)이 아닙니다.</translation>
    </message>
    <message>
        <source>IPsec encryption algorithm</source>
        <translation>IPsec 암호화 알고리즘</translation>
    </message>
    <message>
        <source>IPsec authentication algorithm</source>
        <translation>IPsec 인증 알고리즘</translation>
    </message>
    <message>
        <source>IPsec PFS group</source>
        <translation>IPsec PFS 그룹</translation>
    </message>
    <message>
        <source>The IPsec policy uses weak algorithms: %1.</source>
        <translation>IPsec 정책에서 취약한 알고리즘을 사용합니다: %1.</translation>
    </message>
    <message>
        <source>The local subnet %1 overlaps the peer subnet %2: traffic between them cannot be routed through the tunnel.</source>
        <translation>로컬 서브넷 %1과(와) 피어 서브넷 %2이(가) 겹칩니다. 두 서브넷 사이의 트래픽을 터널로 라우팅할 수 없습니다.</translation>
    </message>
    <message>
        <source>The local and peer subnets mix IPv4 and IPv6, which Neutron refuses for one connection.</source>
        <translation>로컬 및 피어 서브넷에 IPv4와 IPv6가 섞여 있습니다. Neutron은 한 연결에서 이를 허용하지 않습니다.</translation>
    </message>
    <message>
        <source>The peer id is empty; the driver writes rightid=@, which matches no peer.</source>
        <translation>피어 ID가 비어 있습니다. 드라이버가 rightid=@를 기록하며, 이 값은 어떤 피어와도 일치하지 않습니다.</translation>
    </message>
    <message>
        <source>%1 %2 is an IP address, but the driver writes it as @%2 because the other id is not an IP: strongSwan then treats it as a host name, and the other end must send it as such.</source>
        <translation>%1 %2은(는) IP 주소이지만, 다른 쪽 ID가 IP가 아니므로 드라이버는 이를 @%2(으)로 기록합니다. 그러면 strongSwan은 이를 호스트 이름으로 처리하므로, 상대편도 호스트 이름 형식으로 보내야 합니다.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; already starts with @; the driver adds another one, and strongSwan reads &quot;@@…&quot; as an e-mail style identity.</source>
        <translation>%1 &quot;%2&quot;은(는) 이미 @로 시작합니다. 드라이버가 @를 하나 더 붙이므로 strongSwan은 &quot;@@…&quot;를 이메일 형식 ID로 해석합니다.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; contains characters the driver&apos;s templates HTML-escape (&amp; &lt; &gt; &quot; &apos;): the router uses the escaped text as its identity.</source>
        <translation>%1 &quot;%2&quot;에 드라이버 템플릿이 HTML 이스케이프하는 문자(&amp; &lt; &gt; &quot; &apos;)가 포함되어 있습니다. 라우터는 이스케이프된 텍스트를 ID로 사용합니다.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; contains spaces or #, but the driver writes it without quotes: strongSwan&apos;s ipsec.conf parser does not read it as one value.</source>
        <translation>%1 &quot;%2&quot;에 공백 또는 #이 포함되어 있지만 드라이버는 따옴표 없이 기록합니다. strongSwan의 ipsec.conf 파서는 이를 하나의 값으로 읽지 않습니다.</translation>
    </message>
    <message>
        <source>This connection and connection %1 both cover traffic from %2 to %3: strongSwan installs conflicting policies and the traffic follows only one of them.</source>
        <translation>이 연결과 연결 %1이(가) 모두 %2에서 %3(으)로 가는 트래픽을 다룹니다. strongSwan이 서로 충돌하는 정책을 설치하며, 트래픽은 그중 하나만 따릅니다.</translation>
    </message>
    <message>
        <source>strongSwan applies the driver&apos;s &quot;conn %default&quot; keylife=20m after this connection&apos;s lifetime=%1s (keylife and lifetime are the same setting): the router&apos;s IPsec SAs expire after 1200 s and are rekeyed 840 to 1020 s after they were set up. swanctl.conf and the peer files keep %1 s.</source>
        <translation>strongSwan은 드라이버의 &quot;conn %default&quot; keylife=20m을 이 연결의 lifetime=%1s보다 나중에 적용합니다(keylife와 lifetime은 같은 설정임). 그 결과 라우터의 IPsec SA는 1200초 후에 만료되고, 설정된 후 840~1020초 사이에 키가 재생성됩니다. swanctl.conf와 피어 파일에는 %1초가 그대로 유지됩니다.</translation>
    </message>
    <message>
        <source>strongSwan refuses IKEv1 aggressive mode with a pre-shared key as responder (&quot;Aggressive Mode PSK disabled for security reasons&quot;) unless strongswan.conf sets charon.i_dont_care_about_security_and_use_aggressive_mode_psk = yes: the peer&apos;s rendered strongswan.conf (the drop-in strongswan.d/vpnaas-peer.conf) sets it, and a strongSwan peer must install that file too; the router, whose strongswan.conf does not set it, can only initiate.</source>
        <translation>strongSwan은 strongswan.conf에 charon.i_dont_care_about_security_and_use_aggressive_mode_psk = yes가 설정되지 않으면 응답자로서 사전 공유 키를 사용하는 IKEv1 Aggressive 모드를 거부합니다(&quot;Aggressive Mode PSK disabled for security reasons&quot;). 피어용으로 생성된 strongswan.conf(드롭인 파일 strongswan.d/vpnaas-peer.conf)가 이 값을 설정하므로 strongSwan 피어는 이 파일도 설치해야 합니다. strongswan.conf에 이 설정이 없는 라우터는 개시자로만 동작할 수 있습니다.</translation>
    </message>
    <message>
        <source>The connection name contains %1; the files show it as a space in their comments.</source>
        <translation>연결 이름에 %1이(가) 포함되어 있습니다. 설정 파일의 주석에서는 공백으로 표시됩니다.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; contains the control character %3. The Neutron driver writes it into the router&apos;s ipsec.conf and ipsec.secrets unchanged, where it ends the line: what follows becomes a line of its own (another key, another conn) chosen by whoever set the value. These files show it escaped in double quotes; correct the %1 on the server.</source>
        <translation>%1 &quot;%2&quot;에 제어 문자 %3이(가) 포함되어 있습니다. Neutron 드라이버는 이 값을 라우터의 ipsec.conf와 ipsec.secrets에 그대로 기록하며, 그곳에서 이 문자는 줄을 끝냅니다. 그 뒤의 내용은 값을 설정한 사람이 정한 별도의 줄(다른 키, 다른 conn)이 됩니다. 이 파일들에서는 큰따옴표 안에 이스케이프하여 표시합니다. 서버에서 %1 값을 수정하십시오.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is not a plain token (letters, digits and . : @ _ - / + *): an address, CIDR or id never holds anything else. The peer files quote it so that it stays one value; the router&apos;s files, as the driver writes them, do not.</source>
        <translation>%1 &quot;%2&quot;은(는) 단순 토큰(문자, 숫자 및 . : @ _ - / + *)이 아닙니다. 주소, CIDR, ID에는 그 밖의 문자가 들어가지 않습니다. 피어 파일에서는 하나의 값으로 유지되도록 따옴표로 묶지만, 드라이버가 기록하는 라우터 파일에서는 묶지 않습니다.</translation>
    </message>
    <message>
        <source>An IPsec site connection without an id</source>
        <translation>ID가 없는 IPsec 사이트 연결</translation>
    </message>
    <message>
        <source>The IPsec site connection %1</source>
        <translation>IPsec 사이트 연결 %1</translation>
    </message>
    <message>
        <source>%1 is left out of the files: its section would be named &quot;%2&quot; like the one of a connection before it. Neutron gives every connection a unique id; re-read the list.</source>
        <translation>%1은(는) 파일에서 제외됩니다: 섹션 이름이 앞선 연결과 같은 &quot;%2&quot;이(가) 됩니다. Neutron은 모든 연결에 고유한 ID를 부여하므로 목록을 다시 읽으십시오.</translation>
    </message>
    <message>
        <source>%1=%2s is not longer than the driver&apos;s rekeymargin=3m: the router&apos;s strongSwan schedules no rekeying at all, so the SA expires after %2 s and traffic stops until it is set up again. The peer files rekey earlier.</source>
        <translation>%1=%2s는 드라이버의 rekeymargin=3m보다 길지 않습니다: 라우터의 strongSwan은 키 갱신을 전혀 예약하지 않으므로 SA는 %2초 후에 만료되고 다시 설정될 때까지 트래픽이 멈춥니다. 피어 파일은 더 일찍 키를 갱신합니다.</translation>
    </message>
    <message>
        <source>With IKEv1 strongSwan negotiates a single pair of subnets out of %1 and %2, not always the first ones (unless the Cisco Unity plugin is enabled): traffic of the other subnets is not tunnelled. Use IKEv2.</source>
        <translation>IKEv1에서 strongSwan은 %1과(와) %2 중 서브넷 한 쌍만 협상하며, 항상 첫 번째 것은 아닙니다(Cisco Unity 플러그인이 켜져 있지 않은 경우): 다른 서브넷의 트래픽은 터널로 전달되지 않습니다. IKEv2를 사용하십시오.</translation>
    </message>
    <message>
        <source>Transport mode protects only traffic between the two gateways themselves. With IKEv2 and subnets the peer refuses the CHILD_SA (&quot;traffic selectors unacceptable&quot;, TS_UNACCEPTABLE at the router): the tunnel never comes up. Use tunnel mode.</source>
        <translation>전송 모드는 두 게이트웨이 자신 사이의 트래픽만 보호합니다. IKEv2와 서브넷을 함께 쓰면 피어가 CHILD_SA를 거부하므로(&quot;traffic selectors unacceptable&quot;, 라우터에서는 TS_UNACCEPTABLE) 터널이 결코 올라오지 않습니다. 터널 모드를 사용하십시오.</translation>
    </message>
    <message>
        <source>Transport mode protects only traffic between the two gateways themselves. With IKEv1 and subnets the router&apos;s charon finds no traffic selectors for Quick Mode (&quot;traffic selector missing in configuration&quot;): the IKE SA comes up, the IPsec SA never does. Use tunnel mode.</source>
        <translation>전송 모드는 두 게이트웨이 자신 사이의 트래픽만 보호합니다. IKEv1과 서브넷을 함께 쓰면 라우터의 charon이 Quick Mode용 트래픽 셀렉터를 찾지 못하므로(&quot;traffic selector missing in configuration&quot;) IKE SA는 올라오지만 IPsec SA는 결코 올라오지 않습니다. 터널 모드를 사용하십시오.</translation>
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
    <message>
        <source>Subnet %1 is not attached to the service&apos;s router.</source>
        <translation>서브넷 %1이(가) 서비스의 라우터에 연결되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>An IKE identity cannot contain line breaks, tabs or other control characters: they would break the router&apos;s configuration files.</source>
        <translation>IKE ID에는 줄 바꿈, 탭 등의 제어 문자를 사용할 수 없습니다. 라우터의 설정 파일이 손상됩니다.</translation>
    </message>
    <message>
        <source>strongSwan&apos;s ipsec.conf has no DPD action &quot;%1&quot;: the router&apos;s starter ignores this connection (&quot;bad argument value&quot;), so it never comes up.</source>
        <translation>strongSwan의 ipsec.conf에는 DPD 동작 &quot;%1&quot;이(가) 없습니다: 라우터의 starter가 이 연결을 무시하므로(&quot;bad argument value&quot;) 연결이 결코 올라오지 않습니다.</translation>
    </message>
</context>
<context>
    <name>vpnaas::cli</name>
    <message>
        <source>The openstack CLI takes one --peer-cidr; add the others through the API.</source>
        <translation>openstack CLI에는 --peer-cidr를 하나만 지정할 수 있습니다. 나머지는 API로 추가하십시오.</translation>
    </message>
    <message>
        <source>No python-neutronclient release offers %1 %2; the API and this console do.</source>
        <translation>어떤 python-neutronclient 릴리스도 %1 %2을(를) 제공하지 않습니다. API와 이 콘솔은 제공합니다.</translation>
    </message>
    <message>
        <source>%1 %2 needs python-neutronclient %3 or later (Debian 12 has %4); older clients refuse it as an invalid choice, the API accepts it.</source>
        <translation>%1 %2에는 python-neutronclient %3 이상이 필요합니다(Debian 12에는 %4). 이전 클라이언트는 잘못된 선택으로 거부하지만 API는 받아들입니다.</translation>
    </message>
    <message>
        <source>The openstack CLI ignores an empty %1, so it cannot clear it; clear it in this console or through the API.</source>
        <translation>openstack CLI는 빈 %1을(를) 무시하므로 지울 수 없습니다. 이 콘솔이나 API로 지우십시오.</translation>
    </message>
    <message>
        <source>The offline sandbox is simulated: no cloud has these resources. On a real cloud, add --os-cloud NAME after openstack.</source>
        <translation>오프라인 샌드박스는 시뮬레이션입니다: 이 리소스를 가진 클라우드는 없습니다. 실제 클라우드에서는 openstack 뒤에 --os-cloud NAME을 붙이십시오.</translation>
    </message>
    <message>
        <source>The openstack CLI cannot remove an endpoint group from a connection; do it through the API.</source>
        <translation>openstack CLI는 연결에서 엔드포인트 그룹을 뺄 수 없습니다. API로 하십시오.</translation>
    </message>
    <message>
        <source>The openstack CLI cannot change a pre-shared key (`set` has no --psk); change it in this console or through the API.</source>
        <translation>openstack CLI는 사전 공유 키를 바꿀 수 없습니다(`set`에 --psk가 없음). 이 콘솔이나 API로 바꾸십시오.</translation>
    </message>
</context>
<context>
    <name>vpnaas::deployment</name>
    <message>
        <source>controller (neutron-server)</source>
        <translation>컨트롤러(neutron-server)</translation>
    </message>
    <message>
        <source>every network node (neutron-l3-agent)</source>
        <translation>모든 네트워크 노드(neutron-l3-agent)</translation>
    </message>
</context>
<context>
    <name>vpnaas::diagnosis::DiagnoseRun</name>
    <message>
        <source>Connecting to charon&apos;s log…</source>
        <translation>charon 로그에 연결하는 중…</translation>
    </message>
    <message>
        <source>Reading the tunnel&apos;s state…</source>
        <translation>터널 상태를 읽는 중…</translation>
    </message>
    <message>
        <source>Starting the connection on %1 to watch the negotiation…</source>
        <translation>협상을 관찰하기 위해 %1에서 연결을 시작하는 중…</translation>
    </message>
    <message>
        <source>Started the connection on %1 to watch a negotiation.</source>
        <translation>협상을 관찰하기 위해 %1에서 연결을 시작했습니다.</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>%1에 연결할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Reading the last lines of both ends…</source>
        <translation>양쪽 끝의 마지막 로그 줄을 읽는 중…</translation>
    </message>
    <message>
        <source>Reading the peer&apos;s connections…</source>
        <translation>피어의 연결 목록을 읽는 중…</translation>
    </message>
</context>
<context>
    <name>vpnaas::diagnosis::Diagnosis</name>
    <message>
        <source>The network node</source>
        <translation>네트워크 노드</translation>
    </message>
    <message>
        <source>The peer</source>
        <translation>피어</translation>
    </message>
    <message>
        <source>IPsec policy</source>
        <translation>IPsec 정책</translation>
    </message>
    <message>
        <source>IKE policy</source>
        <translation>IKE 정책</translation>
    </message>
    <message>
        <source>Set the %1&apos;s encryption algorithm to one the peer offers (%2): Neutron has no name for %2, so change the peer instead.</source>
        <translation>%1의 암호화 알고리즘을 피어가 제안하는 알고리즘(%2)으로 맞춰야 하지만 Neutron에는 %2에 해당하는 이름이 없습니다. 대신 피어를 변경하십시오.</translation>
    </message>
    <message>
        <source>Set the %1&apos;s encryption algorithm to %2, as the peer has it.</source>
        <translation>%1의 암호화 알고리즘을 피어와 같은 %2(으)로 설정하십시오.</translation>
    </message>
    <message>
        <source>The peer uses the integrity algorithm %1, which Neutron does not offer: change the peer instead.</source>
        <translation>피어는 Neutron에서 제공하지 않는 무결성 알고리즘 %1을(를) 사용합니다. 대신 피어를 변경하십시오.</translation>
    </message>
    <message>
        <source>Set the %1&apos;s authorization algorithm to %2, as the peer has it.</source>
        <translation>%1의 인증 알고리즘을 피어와 같은 %2(으)로 설정하십시오.</translation>
    </message>
    <message>
        <source>Set the %1&apos;s PFS group to the peer&apos;s.</source>
        <translation>%1의 PFS 그룹을 피어와 같게 설정하십시오.</translation>
    </message>
    <message>
        <source>Set the %1&apos;s PFS group to %2, as the peer has it.</source>
        <translation>%1의 PFS 그룹을 피어와 같은 %2(으)로 설정하십시오.</translation>
    </message>
    <message>
        <source>The peer does not use perfect forward secrecy, and Neutron always does: turn PFS on at the peer with the group of the %1.</source>
        <translation>피어는 완전 순방향 비밀성(PFS)을 사용하지 않지만 Neutron은 항상 사용합니다. 피어에서 %1의 그룹으로 PFS를 켜십시오.</translation>
    </message>
    <message>
        <source>Neutron does not change a policy that connections use: create another %1 with these values and recreate the connection with it, or make the peer match (below).</source>
        <translation>Neutron은 연결에서 사용 중인 정책을 변경하지 않습니다. 이 값으로 %1을(를) 새로 생성하고 그 정책으로 연결을 다시 생성하거나, 피어를 이쪽에 맞추십시오(아래 참조).</translation>
    </message>
    <message>
        <source>Or make the peer use our ESP proposal (swanctl.conf):</source>
        <translation>또는 피어가 이쪽의 ESP 제안을 사용하도록 하십시오(swanctl.conf):</translation>
    </message>
    <message>
        <source>Or make the peer use our IKE proposal (swanctl.conf):</source>
        <translation>또는 피어가 이쪽의 IKE 제안을 사용하도록 하십시오(swanctl.conf):</translation>
    </message>
    <message>
        <source>Cannot tell yet</source>
        <translation>아직 판단할 수 없음</translation>
    </message>
    <message>
        <source>No strongSwan daemon is attached to this connection, so there is no log and no SA state to read.</source>
        <translation>이 연결에 지정된 strongSwan 데몬이 없어 읽을 로그와 SA 상태가 없습니다.</translation>
    </message>
    <message>
        <source>Attach the VICI socket of the network node that runs the connection&apos;s router (Monitoring ▸ strongSwan endpoints), or the peer gateway&apos;s.</source>
        <translation>연결의 라우터가 실행되는 네트워크 노드의 VICI 소켓이나 피어 게이트웨이의 VICI 소켓을 지정하십시오(모니터링 ▸ strongSwan 엔드포인트).</translation>
    </message>
    <message>
        <source>Aggressive mode refused by the peer</source>
        <translation>피어가 Aggressive 모드를 거부함</translation>
    </message>
    <message>
        <source>The peer&apos;s strongSwan refuses IKEv1 aggressive mode with a pre-shared key: it does so unless its strongswan.conf allows it, because aggressive mode exposes a hash of the key to anyone listening.</source>
        <translation>피어의 strongSwan이 사전 공유 키를 사용하는 IKEv1 Aggressive 모드를 거부합니다. Aggressive 모드는 도청하는 누구에게나 키의 해시를 노출하므로, strongSwan은 strongswan.conf에서 허용하지 않는 한 이 모드를 거부합니다.</translation>
    </message>
    <message>
        <source>Use main mode: set the IKE policy&apos;s phase 1 negotiation mode to main (the peer&apos;s connection must then use main mode too).</source>
        <translation>Main 모드를 사용하십시오: IKE 정책의 Phase 1 협상 모드를 main으로 설정하십시오(이 경우 피어의 연결도 Main 모드를 사용해야 합니다).</translation>
    </message>
    <message>
        <source>Or allow it at the peer, in its strongswan.conf (the console&apos;s peer files include this setting as strongswan.d/vpnaas-peer.conf):</source>
        <translation>또는 피어의 strongswan.conf에서 허용하십시오(콘솔이 생성하는 피어 파일에는 이 설정이 strongswan.d/vpnaas-peer.conf로 포함되어 있습니다):</translation>
    </message>
    <message>
        <source>IKE version mismatch</source>
        <translation>IKE 버전 불일치</translation>
    </message>
    <message>
        <source>The peer speaks IKE%1, and this connection&apos;s IKE policy says IKE%2: the network node has no connection for IKE%1 and refuses.</source>
        <translation>피어는 IKE%1을(를) 사용하지만 이 연결의 IKE 정책에는 IKE%2이(가) 지정되어 있습니다. 네트워크 노드에 IKE%1용 연결이 없으므로 요청을 거부합니다.</translation>
    </message>
    <message>
        <source>The network node speaks IKE%1 (the IKE policy), and the peer&apos;s connection for it is configured for IKE%2.</source>
        <translation>네트워크 노드는 IKE%1을(를) 사용하지만(IKE 정책), 피어에서 이 노드용 연결은 IKE%2(으)로 구성되어 있습니다.</translation>
    </message>
    <message>
        <source>Set the IKE policy&apos;s IKE version to %1, as the peer has it.</source>
        <translation>IKE 정책의 IKE 버전을 피어와 같은 %1(으)로 설정하십시오.</translation>
    </message>
    <message>
        <source>Or make the peer use IKE%1 (swanctl.conf):</source>
        <translation>또는 피어가 IKE%1을(를) 사용하도록 하십시오(swanctl.conf):</translation>
    </message>
    <message>
        <source>The peer has no connection for this network node</source>
        <translation>피어에 이 네트워크 노드용 연결이 없음</translation>
    </message>
    <message>
        <source>The peer got an IKE%1 request from %2 and found no connection for %2…%3 with IKE%1, so it refused.</source>
        <translation>피어가 %2에서 IKE%1 요청을 받았지만 IKE%1을(를) 사용하는 %2…%3 연결을 찾지 못해 거부했습니다.</translation>
    </message>
    <message>
        <source>The peer&apos;s connection for these addresses uses IKE%1 (an IKE version mismatch).</source>
        <translation>피어에서 이 주소에 대한 연결이 IKE%1을(를) 사용합니다(IKE 버전 불일치).</translation>
    </message>
    <message>
        <source>The peer&apos;s loaded connections (VICI list-conns) would settle it.</source>
        <translation>피어에 로드된 연결 목록(VICI list-conns)이 있으면 확실히 알 수 있습니다.</translation>
    </message>
    <message>
        <source>If the peer uses IKE%1: set the IKE policy&apos;s IKE version to %1.</source>
        <translation>피어가 IKE%1을(를) 사용한다면 IKE 정책의 IKE 버전을 %1(으)로 설정하십시오.</translation>
    </message>
    <message>
        <source>Load a connection for the network node at the peer (swanctl.conf; the console&apos;s peer files have all of it):</source>
        <translation>피어에 이 네트워크 노드용 연결을 로드하십시오(swanctl.conf, 콘솔이 생성하는 피어 파일에 전체 설정이 들어 있음):</translation>
    </message>
    <message>
        <source>Pre-shared key mismatch</source>
        <translation>사전 공유 키 불일치</translation>
    </message>
    <message>
        <source>%1 found a pre-shared key for the two identities, but the other end&apos;s proof was made with a different key: the two ends do not have the same pre-shared key.</source>
        <translation>%1에서 두 ID에 대한 사전 공유 키를 찾았지만, 상대편의 인증 값은 다른 키로 만들어졌습니다. 양쪽 끝의 사전 공유 키가 서로 다릅니다.</translation>
    </message>
    <message>
        <source>%1 could not read the other end&apos;s IKEv1 identification: in main mode it is encrypted with a key made from the pre-shared key, so the two ends do not have the same pre-shared key.</source>
        <translation>%1에서 상대편의 IKEv1 식별 정보를 읽을 수 없었습니다. Main 모드에서는 이 정보가 사전 공유 키로 만든 키로 암호화되므로, 양쪽 끝의 사전 공유 키가 서로 다릅니다.</translation>
    </message>
    <message>
        <source>%1 could not decrypt the other end&apos;s IKEv1 identification: in main mode its key is derived from the pre-shared key, so the two ends do not have the same pre-shared key.</source>
        <translation>%1에서 상대편의 IKEv1 식별 정보를 복호화할 수 없었습니다. Main 모드에서는 그 키가 사전 공유 키에서 파생되므로, 양쪽 끝의 사전 공유 키가 서로 다릅니다.</translation>
    </message>
    <message>
        <source>Pre-shared key mismatch, most likely</source>
        <translation>사전 공유 키 불일치 가능성 높음</translation>
    </message>
    <message>
        <source>The peer answers, but %1 cannot read its encrypted IKEv1 messages: they are made with a key from another pre-shared key.</source>
        <translation>피어는 응답하지만 %1에서 상대편의 암호화된 IKEv1 메시지를 읽을 수 없습니다. 메시지가 다른 사전 공유 키에서 만든 키로 암호화되어 있습니다.</translation>
    </message>
    <message>
        <source>the network node</source>
        <translation>네트워크 노드</translation>
    </message>
    <message>
        <source>the peer</source>
        <translation>피어</translation>
    </message>
    <message>
        <source>The peer&apos;s log would settle it: attach the peer gateway&apos;s charon.</source>
        <translation>피어의 로그가 있으면 확실히 알 수 있습니다: 피어 게이트웨이의 charon을 지정하십시오.</translation>
    </message>
    <message>
        <source>Set the connection&apos;s pre-shared key to the peer&apos;s (or give the peer this connection&apos;s key). Both ends must hold exactly the same key.</source>
        <translation>연결의 사전 공유 키를 피어의 키로 설정하십시오(또는 이 연결의 키를 피어에 설정하십시오). 양쪽 끝의 키가 정확히 같아야 합니다.</translation>
    </message>
    <message>
        <source>Or give the peer the connection&apos;s key (swanctl.conf; the console&apos;s peer files carry it):</source>
        <translation>또는 연결의 키를 피어에 설정하십시오(swanctl.conf, 콘솔이 생성하는 피어 파일에 들어 있음):</translation>
    </message>
    <message>
        <source>Identity mismatch</source>
        <translation>ID 불일치</translation>
    </message>
    <message>
        <source>The peer identifies itself as %1, and this connection expects %2 (its peer id).</source>
        <translation>피어가 보내는 ID는 %1이지만, 이 연결에서 요구하는 ID는 %2(연결의 피어 ID)입니다.</translation>
    </message>
    <message>
        <source>The network node identifies itself as %1, and the peer expects %2.</source>
        <translation>네트워크 노드가 보내는 ID는 %1이지만, 피어가 요구하는 ID는 %2입니다.</translation>
    </message>
    <message>
        <source>Set the connection&apos;s peer id to %1, the identity the peer sends.</source>
        <translation>연결의 피어 ID를 피어가 보내는 ID인 %1(으)로 설정하십시오.</translation>
    </message>
    <message>
        <source>Set the connection&apos;s local id to %1, the identity the peer expects.</source>
        <translation>연결의 로컬 ID를 피어가 요구하는 ID인 %1(으)로 설정하십시오.</translation>
    </message>
    <message>
        <source>Or make the peer send the identity this connection expects (swanctl.conf):</source>
        <translation>또는 피어가 이 연결에서 요구하는 ID를 보내도록 하십시오(swanctl.conf):</translation>
    </message>
    <message>
        <source>The peer identifies itself as %1; this connection expects %2 (its peer id), so the network node has no connection for it.</source>
        <translation>피어가 보내는 ID는 %1이지만 이 연결에서 요구하는 ID는 %2(연결의 피어 ID)이므로, 네트워크 노드에 이 피어에 맞는 연결이 없습니다.</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>다른 값</translation>
    </message>
    <message>
        <source>The network node asks the peer to be %1 (the connection&apos;s peer id), and the peer has no connection with that identity.</source>
        <translation>네트워크 노드는 피어의 ID로 %1(연결의 피어 ID)을(를) 요구하지만, 피어에는 이 ID를 사용하는 연결이 없습니다.</translation>
    </message>
    <message>
        <source>The peer is %1 (its connection&apos;s local id), and this connection expects %2 (its peer id).</source>
        <translation>피어의 ID는 %1(피어 연결의 로컬 ID)이지만, 이 연결에서 요구하는 ID는 %2(연결의 피어 ID)입니다.</translation>
    </message>
    <message>
        <source>Set the connection&apos;s peer id to the identity the peer has (often its address, %1).</source>
        <translation>연결의 피어 ID를 피어의 ID(보통 피어 주소인 %1)로 설정하십시오.</translation>
    </message>
    <message>
        <source>Or make the peer use the identity this connection expects (swanctl.conf):</source>
        <translation>또는 피어가 이 연결에서 요구하는 ID를 사용하도록 하십시오(swanctl.conf):</translation>
    </message>
    <message>
        <source>The network node identifies itself as %1 (the connection&apos;s local id, or its external IP), and the peer has no connection for that identity.</source>
        <translation>네트워크 노드가 보내는 ID는 %1(연결의 로컬 ID 또는 외부 IP)이지만, 피어에는 이 ID에 맞는 연결이 없습니다.</translation>
    </message>
    <message>
        <source>The network node identifies itself as %1, and the peer expects %2 (its connection&apos;s remote id).</source>
        <translation>네트워크 노드가 보내는 ID는 %1이지만, 피어가 요구하는 ID는 %2(피어 연결의 원격 ID)입니다.</translation>
    </message>
    <message>
        <source>The peer asks the network node to be %1, and the connection&apos;s local id is %2.</source>
        <translation>피어는 네트워크 노드의 ID로 %1을(를) 요구하지만, 연결의 로컬 ID는 %2입니다.</translation>
    </message>
    <message>
        <source>Set the connection&apos;s local id to the identity the peer expects for this network node.</source>
        <translation>연결의 로컬 ID를 피어가 이 네트워크 노드에 요구하는 ID로 설정하십시오.</translation>
    </message>
    <message>
        <source>Or make the peer expect the identity the network node sends (swanctl.conf):</source>
        <translation>또는 네트워크 노드가 보내는 ID를 피어가 요구하도록 하십시오(swanctl.conf):</translation>
    </message>
    <message>
        <source>what the peer sent</source>
        <translation>피어가 보낸 제안</translation>
    </message>
    <message>
        <source>the peer&apos;s configuration (its log)</source>
        <translation>피어의 구성(피어 로그)</translation>
    </message>
    <message>
        <source>IKE proposal mismatch</source>
        <translation>IKE 제안 불일치</translation>
    </message>
    <message>
        <source>PFS mismatch</source>
        <translation>PFS 불일치</translation>
    </message>
    <message>
        <source>ESP proposal mismatch</source>
        <translation>ESP 제안 불일치</translation>
    </message>
    <message>
        <source>The two ends share no IKE (phase 1) proposal: %1.</source>
        <translation>양쪽 끝에 공통된 IKE(Phase 1) 제안이 없습니다: %1.</translation>
    </message>
    <message>
        <source>The ESP algorithms agree, but the perfect forward secrecy (DH) groups differ: %1.</source>
        <translation>ESP 알고리즘은 일치하지만 완전 순방향 비밀성(PFS)의 DH 그룹이 서로 다릅니다: %1.</translation>
    </message>
    <message>
        <source>The IKE SA is up, but the two ends share no ESP (phase 2) proposal: %1.</source>
        <translation>IKE SA는 수립되었지만 양쪽 끝에 공통된 ESP(Phase 2) 제안이 없습니다: %1.</translation>
    </message>
    <message>
        <source>The CHILD_SA made with the IKE SA is up (IKEv2 makes it without a key exchange of its own); the next one fails, so the tunnel goes down when this one expires.</source>
        <translation>IKE SA와 함께 만들어진 CHILD_SA는 수립되어 있습니다(IKEv2는 이 CHILD_SA를 별도의 키 교환 없이 만듭니다). 하지만 다음 CHILD_SA는 실패하므로, 현재 CHILD_SA가 만료되면 터널이 끊어집니다.</translation>
    </message>
    <message>
        <source>The peer&apos;s proposal is not in the evidence: attach the peer gateway&apos;s charon to see it side by side.</source>
        <translation>근거에 피어의 제안이 없습니다: 피어 게이트웨이의 charon을 지정하면 나란히 비교할 수 있습니다.</translation>
    </message>
    <message>
        <source>Traffic selector mismatch</source>
        <translation>트래픽 셀렉터 불일치</translation>
    </message>
    <message>
        <source>The IKE SA is up, but the ends disagree on which subnets the tunnel carries: this connection has %1 (local) and %2 (peer).</source>
        <translation>IKE SA는 수립되었지만 터널로 전달할 서브넷에 대해 양쪽 끝의 설정이 다릅니다. 이 연결의 서브넷: 로컬 %1, 피어 %2.</translation>
    </message>
    <message>
        <source>Give the connection a peer endpoint group with exactly the subnets the peer announces (endpoint groups cannot be changed: create one, then choose it).</source>
        <translation>피어가 알리는 서브넷과 정확히 같은 피어 엔드포인트 그룹을 연결에 지정하십시오(엔드포인트 그룹은 변경할 수 없으므로 새로 생성한 후 선택하십시오).</translation>
    </message>
    <message>
        <source>Give the connection a peer endpoint group with the subnets the peer announces, %1 (endpoint groups cannot be changed: create one, then choose it).</source>
        <translation>피어가 알리는 서브넷(%1)으로 구성된 피어 엔드포인트 그룹을 연결에 지정하십시오(엔드포인트 그룹은 변경할 수 없으므로 새로 생성한 후 선택하십시오).</translation>
    </message>
    <message>
        <source>Make the connection&apos;s peer CIDRs the subnets the peer announces.</source>
        <translation>연결의 피어 CIDR을 피어가 알리는 서브넷으로 설정하십시오.</translation>
    </message>
    <message>
        <source>Or make the peer announce the subnets this connection expects (swanctl.conf):</source>
        <translation>또는 피어가 이 연결에서 요구하는 서브넷을 알리도록 하십시오(swanctl.conf):</translation>
    </message>
    <message>
        <source>The peer refused the authentication of an IKEv1 aggressive mode exchange. A strongSwan peer does so unless its strongswan.conf allows aggressive mode with a pre-shared key.</source>
        <translation>피어가 IKEv1 Aggressive 모드 교환의 인증을 거부했습니다. strongSwan 피어는 strongswan.conf에서 사전 공유 키를 사용하는 Aggressive 모드를 허용하지 않으면 이렇게 거부합니다.</translation>
    </message>
    <message>
        <source>The pre-shared keys differ.</source>
        <translation>사전 공유 키가 서로 다릅니다.</translation>
    </message>
    <message>
        <source>The peer does not accept the network node&apos;s identity.</source>
        <translation>피어가 네트워크 노드의 ID를 받아들이지 않습니다.</translation>
    </message>
    <message>
        <source>Use main mode: set the IKE policy&apos;s phase 1 negotiation mode to main.</source>
        <translation>Main 모드를 사용하십시오: IKE 정책의 Phase 1 협상 모드를 main으로 설정하십시오.</translation>
    </message>
    <message>
        <source>Or allow it at the peer, in its strongswan.conf:</source>
        <translation>또는 피어의 strongswan.conf에서 허용하십시오:</translation>
    </message>
    <message>
        <source>Authentication failed: most likely the pre-shared key</source>
        <translation>인증 실패: 사전 공유 키 문제일 가능성 높음</translation>
    </message>
    <message>
        <source>The peer refused the network node&apos;s authentication. Most often the two ends have different pre-shared keys.</source>
        <translation>피어가 네트워크 노드의 인증을 거부했습니다. 대부분 양쪽 끝의 사전 공유 키가 서로 다른 경우입니다.</translation>
    </message>
    <message>
        <source>The peer expects another identity for the network node (the connection&apos;s local id).</source>
        <translation>피어가 네트워크 노드에 다른 ID(연결의 로컬 ID)를 요구합니다.</translation>
    </message>
    <message>
        <source>The peer has no connection for these addresses and identities.</source>
        <translation>피어에 이 주소와 ID에 맞는 연결이 없습니다.</translation>
    </message>
    <message>
        <source>Check that the connection&apos;s pre-shared key is exactly the peer&apos;s.</source>
        <translation>연결의 사전 공유 키가 피어의 키와 정확히 같은지 확인하십시오.</translation>
    </message>
    <message>
        <source>ESP proposal refused by the peer</source>
        <translation>피어가 ESP 제안을 거부함</translation>
    </message>
    <message>
        <source>The IKE SA is up, but the peer accepted none of the ESP (phase 2) proposals: %1.</source>
        <translation>IKE SA는 수립되었지만 피어가 ESP(Phase 2) 제안을 하나도 받아들이지 않았습니다: %1.</translation>
    </message>
    <message>
        <source>The PFS groups differ (the IPsec policy&apos;s PFS).</source>
        <translation>PFS 그룹이 서로 다릅니다(IPsec 정책의 PFS).</translation>
    </message>
    <message>
        <source>IKE proposal refused by the peer</source>
        <translation>피어가 IKE 제안을 거부함</translation>
    </message>
    <message>
        <source>The peer accepted none of the network node&apos;s IKE (phase 1) proposals: %1.</source>
        <translation>피어가 네트워크 노드의 IKE(Phase 1) 제안을 하나도 받아들이지 않았습니다: %1.</translation>
    </message>
    <message>
        <source>The peer uses the other IKE version and has no connection for this one.</source>
        <translation>피어가 다른 IKE 버전을 사용하며 이 버전용 연결이 없습니다.</translation>
    </message>
    <message>
        <source>The peer&apos;s proposal is not in the evidence: attach the peer gateway&apos;s charon to see both side by side.</source>
        <translation>근거에 피어의 제안이 없습니다: 피어 게이트웨이의 charon을 지정하면 양쪽 제안을 나란히 비교할 수 있습니다.</translation>
    </message>
    <message>
        <source>Make the peer accept our ESP proposal (swanctl.conf):</source>
        <translation>피어가 이쪽의 ESP 제안을 받아들이도록 하십시오(swanctl.conf):</translation>
    </message>
    <message>
        <source>Make the peer accept our IKE proposal (swanctl.conf):</source>
        <translation>피어가 이쪽의 IKE 제안을 받아들이도록 하십시오(swanctl.conf):</translation>
    </message>
    <message>
        <source>The peer stopped answering</source>
        <translation>피어가 응답을 멈춤</translation>
    </message>
    <message>
        <source>The tunnel was up, then the peer stopped answering dead peer detection: it is down, restarted without its SAs, or unreachable since.</source>
        <translation>터널이 활성 상태였다가 피어가 데드 피어 감지(DPD)에 응답하지 않게 되었습니다. 피어가 중지되었거나, SA 없이 재시작되었거나, 그 후로 연결할 수 없는 상태입니다.</translation>
    </message>
    <message>
        <source>Check that the peer gateway %1 is running and reachable (UDP 500 and 4500).</source>
        <translation>피어 게이트웨이 %1이(가) 실행 중이며 연결 가능한지(UDP 500 및 4500) 확인하십시오.</translation>
    </message>
    <message>
        <source>To bring the tunnel back by itself when the peer returns, set the connection&apos;s dead peer detection action to restart.</source>
        <translation>피어가 돌아왔을 때 터널이 자동으로 복구되게 하려면 연결의 DPD 동작을 restart로 설정하십시오.</translation>
    </message>
    <message>
        <source>The peer does not answer</source>
        <translation>피어가 응답하지 않음</translation>
    </message>
    <message>
        <source>The network node sent its IKE requests to %1 and retransmitted them, and no answer came back.</source>
        <translation>네트워크 노드가 %1(으)로 IKE 요청을 보내고 재전송했지만 응답이 돌아오지 않았습니다.</translation>
    </message>
    <message>
        <source>Whether the requests reach the peer: attach the peer gateway&apos;s charon.</source>
        <translation>요청이 피어에 도달하는지 여부: 피어 게이트웨이의 charon을 지정하십시오.</translation>
    </message>
    <message>
        <source>The peer gateway is down or its IKE daemon is not running.</source>
        <translation>피어 게이트웨이가 중지되었거나 IKE 데몬이 실행되고 있지 않습니다.</translation>
    </message>
    <message>
        <source>A firewall between the two drops UDP 500 and 4500.</source>
        <translation>양쪽 사이의 방화벽이 UDP 500 및 4500을 차단합니다.</translation>
    </message>
    <message>
        <source>The peer address is wrong.</source>
        <translation>피어 주소가 잘못되었습니다.</translation>
    </message>
    <message>
        <source>Check the connection&apos;s peer address (%1).</source>
        <translation>연결의 피어 주소(%1)를 확인하십시오.</translation>
    </message>
    <message>
        <source>Check that the peer gateway runs its IKE daemon and that UDP 500 and 4500 pass in both directions.</source>
        <translation>피어 게이트웨이에서 IKE 데몬이 실행 중인지, UDP 500 및 4500이 양방향으로 통과하는지 확인하십시오.</translation>
    </message>
    <message>
        <source>No traffic comes back</source>
        <translation>돌아오는 트래픽 없음</translation>
    </message>
    <message>
        <source>The tunnel is up and the network node sends (%1 bytes out), but nothing has come in from the peer (0 bytes in).</source>
        <translation>터널이 활성 상태이고 네트워크 노드는 데이터를 보내고 있지만(송신 %1바이트), 피어에서 들어온 데이터가 없습니다(수신 0바이트).</translation>
    </message>
    <message>
        <source>The hosts behind the peer do not answer, or have no route back through the peer gateway.</source>
        <translation>피어 뒤의 호스트가 응답하지 않거나, 피어 게이트웨이를 거쳐 돌아오는 경로가 없습니다.</translation>
    </message>
    <message>
        <source>The peer&apos;s firewall drops traffic from this connection&apos;s local subnets.</source>
        <translation>피어의 방화벽이 이 연결의 로컬 서브넷에서 오는 트래픽을 차단합니다.</translation>
    </message>
    <message>
        <source>The peer translates (NATs) the traffic before it enters the tunnel.</source>
        <translation>피어가 트래픽이 터널에 들어가기 전에 주소를 변환(NAT)합니다.</translation>
    </message>
    <message>
        <source>At the peer, traffic for the connection&apos;s local subnets (%1) must go into the tunnel; the peer&apos;s CHILD_SA must cover them (swanctl.conf):</source>
        <translation>피어에서는 연결의 로컬 서브넷(%1)으로 가는 트래픽이 터널로 들어가야 하며, 피어의 CHILD_SA가 이 서브넷을 포함해야 합니다(swanctl.conf):</translation>
    </message>
    <message>
        <source>Check the routes and firewall of the hosts behind the peer.</source>
        <translation>피어 뒤 호스트의 라우팅과 방화벽을 확인하십시오.</translation>
    </message>
    <message>
        <source>The tunnel is up</source>
        <translation>터널이 활성 상태임</translation>
    </message>
    <message>
        <source>A CHILD_SA is installed (%1 bytes in, %2 bytes out).</source>
        <translation>CHILD_SA가 설치되어 있습니다(수신 %1바이트, 송신 %2바이트).</translation>
    </message>
    <message>
        <source>The last CHILD_SA in the log came up and nothing failed since.</source>
        <translation>로그의 마지막 CHILD_SA가 수립되었고 그 후로 실패한 것이 없습니다.</translation>
    </message>
    <message>
        <source>Cannot tell why the tunnel is down</source>
        <translation>터널이 끊어진 이유를 판단할 수 없음</translation>
    </message>
    <message>
        <source>charon has logged nothing about %1 since the console attached.</source>
        <translation>콘솔이 로그를 받기 시작한 후로 charon이 %1에 대해 기록한 내용이 없습니다.</translation>
    </message>
    <message>
        <source>A negotiation to read: the log shows only what happens while the console listens. Start the connection (or wait for the peer to), then diagnose again.</source>
        <translation>읽을 협상: 로그에는 콘솔이 수신하는 동안 일어난 일만 나타납니다. 연결을 시작한(또는 피어가 시작하기를 기다린) 후 다시 진단하십시오.</translation>
    </message>
    <message>
        <source>The log has lines about %1, but none of the failures the console knows.</source>
        <translation>로그에 %1에 대한 줄이 있지만, 콘솔이 아는 실패 유형에 해당하는 줄은 없습니다.</translation>
    </message>
    <message>
        <source>The evidence lines below are all there is; the peer&apos;s log may say more.</source>
        <translation>아래의 근거 줄이 전부입니다. 피어의 로그에 더 많은 정보가 있을 수 있습니다.</translation>
    </message>
    <message>
        <source>The network node&apos;s charon is not attached.</source>
        <translation>네트워크 노드의 charon이 지정되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>The peer gateway&apos;s charon is not attached.</source>
        <translation>피어 게이트웨이의 charon이 지정되어 있지 않습니다.</translation>
    </message>
    <message>
        <source> (simulated)</source>
        <translation> (시뮬레이션)</translation>
    </message>
    <message>
        <source>Likely, not certain: the evidence fits other causes too.</source>
        <translation>가능성이 높지만 확실하지 않음: 근거가 다른 원인에도 들어맞습니다.</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>근거:</translation>
    </message>
    <message>
        <source>node</source>
        <translation>노드</translation>
    </message>
    <message>
        <source>peer</source>
        <translation>피어</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>해결 방법:</translation>
    </message>
    <message>
        <source>  Could also be: %1</source>
        <translation>  다른 가능성: %1</translation>
    </message>
    <message>
        <source>  Missing: %1</source>
        <translation>  부족한 정보: %1</translation>
    </message>
    <message>
        <source>Once an id is a name, the Neutron driver writes both ids as names (@%1 and @%2), and the pre-shared key is filed under them: give the peer the console&apos;s peer files for the changed connection.</source>
        <translation>ID 중 하나가 이름이면 Neutron 드라이버는 두 ID를 모두 이름(@%1 및 @%2)으로 기록하고, 사전 공유 키도 이 ID로 저장됩니다: 변경된 연결에 대해 콘솔이 생성하는 피어 파일을 피어에 적용하십시오.</translation>
    </message>
</context>
<context>
    <name>vpnaas::diagnosis::LogCollector</name>
    <message>
        <source>%1 is not attached.</source>
        <translation>%1이(가) 지정되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>%1 does not send its log: %2</source>
        <translation>%1이(가) 로그를 보내지 않습니다: %2</translation>
    </message>
    <message>
        <source>Not listening to %1: %2</source>
        <translation>%1의 로그를 수신하지 않습니다: %2</translation>
    </message>
</context>
<context>
    <name>vpnaas::monitoring::ChartFeed</name>
    <message>
        <source>There is no monitoring history to read.</source>
        <translation>읽을 모니터링 기록이 없습니다.</translation>
    </message>
</context>
<context>
    <name>vpnaas::monitoring::HistoryStore</name>
    <message>
        <source>Cannot open the monitoring history %1: %2</source>
        <translation>모니터링 기록 %1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The monitoring history %1 is not usable: %2</source>
        <translation>모니터링 기록 %1을(를) 사용할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The monitoring history %1 is not open.</source>
        <translation>모니터링 기록 %1이(가) 열려 있지 않습니다.</translation>
    </message>
    <message>
        <source>The time range ends (%1) before it starts (%2).</source>
        <translation>시간 범위의 종료 시각(%1)이 시작 시각(%2)보다 앞섭니다.</translation>
    </message>
    <message>
        <source>Cannot read the monitoring history: %1</source>
        <translation>모니터링 기록을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>An in-memory history cannot be written from another thread.</source>
        <translation>메모리 내 기록은 다른 스레드에서 쓸 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>vpnaas::monitoring::Monitor</name>
    <message>
        <source>Connection went %1 (was %2).</source>
        <translation>연결 상태가 %1(으)로 바뀌었습니다(이전: %2).</translation>
    </message>
    <message>
        <source>The connection&apos;s security association went away.</source>
        <translation>연결의 보안 연결(SA)이 사라졌습니다.</translation>
    </message>
    <message>
        <source>counter samples: %1</source>
        <translation>카운터 샘플: %1</translation>
    </message>
    <message>
        <source>status changes: %1</source>
        <translation>상태 변경: %1</translation>
    </message>
    <message>
        <source>retention: %1</source>
        <translation>보존 기간 정리: %1</translation>
    </message>
    <message>
        <source>thinning old samples: %1</source>
        <translation>오래된 샘플 줄이기: %1</translation>
    </message>
</context>
<context>
    <name>vpnaas::monitoring::MonitoringTableModel</name>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>연결</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n초</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n분</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1시간 %2분</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1일 %2시간</translation>
    </message>
    <message>
        <source>%1 (simulated)</source>
        <translation>%1(시뮬레이션)</translation>
    </message>
    <message>
        <source>IKE SA</source>
        <translation>IKE SA</translation>
    </message>
    <message>
        <source>CHILD SA</source>
        <translation>CHILD SA</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>가동 시간</translation>
    </message>
    <message>
        <source>SA %1, %2</source>
        <translation>SA %1, %2</translation>
    </message>
    <message>
        <source>up</source>
        <translation>활성</translation>
    </message>
    <message>
        <source>no SA</source>
        <translation>SA 없음</translation>
    </message>
    <message>
        <source>no counters — attach a strongSwan endpoint</source>
        <translation>카운터 없음 — strongSwan 엔드포인트를 연결하십시오</translation>
    </message>
    <message>
        <source>Neutron Status</source>
        <translation>Neutron 상태</translation>
    </message>
    <message>
        <source>Bytes In</source>
        <translation>수신 바이트</translation>
    </message>
    <message>
        <source>Bytes Out</source>
        <translation>송신 바이트</translation>
    </message>
    <message>
        <source>Rate In</source>
        <translation>수신 속도</translation>
    </message>
    <message>
        <source>Rate Out</source>
        <translation>송신 속도</translation>
    </message>
    <message>
        <source>Last Change</source>
        <translation>마지막 변경</translation>
    </message>
    <message>
        <source>No strongSwan endpoint reports on this connection: attach one with strongSwan Endpoints… (or Settings ▸ Configure VPNaaS Console…) to see its SAs and byte counters.</source>
        <translation>이 연결을 보고하는 strongSwan 엔드포인트가 없습니다: SA와 바이트 카운터를 보려면 &quot;strongSwan 엔드포인트…&quot;(또는 설정 ▸ VPNaaS Console 설정…)에서 하나를 연결하십시오.</translation>
    </message>
</context>
<context>
    <name>vpnaas::monitoring::SeriesTableModel</name>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Rate In</source>
        <translation>수신 속도</translation>
    </message>
    <message>
        <source>Rate Out</source>
        <translation>송신 속도</translation>
    </message>
    <message>
        <source>Bytes In</source>
        <translation>수신 바이트</translation>
    </message>
    <message>
        <source>Bytes Out</source>
        <translation>송신 바이트</translation>
    </message>
    <message>
        <source>Packets In</source>
        <translation>수신 패킷</translation>
    </message>
    <message>
        <source>Packets Out</source>
        <translation>송신 패킷</translation>
    </message>
</context>
<context>
    <name>vpnaas::monitoring::StatusTimelineModel</name>
    <message>
        <source>Neutron</source>
        <translation>Neutron</translation>
    </message>
    <message>
        <source>Tunnel</source>
        <translation>터널</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>연결</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>소스</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>End</source>
        <translation>종료</translation>
    </message>
</context>
<context>
    <name>vpnaas::monitoring::ViciCounterSource</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>The strongSwan VICI counter source was closed.</source>
        <translation>strongSwan VICI 카운터 소스가 닫혔습니다.</translation>
    </message>
    <message>
        <source>strongSwan VICI: 1 endpoint</source>
        <translation>strongSwan VICI: 엔드포인트 1개</translation>
    </message>
    <message numerus="yes">
        <source>strongSwan VICI: %n endpoints</source>
        <translation>
            <numerusform>strongSwan VICI: 엔드포인트 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>list-sas failed</source>
        <translation>list-sas 실패</translation>
    </message>
    <message>
        <source>list-sas answer not understood: %1</source>
        <translation>list-sas 응답을 해석할 수 없음: %1</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>%1 ms 안에 응답 없음</translation>
    </message>
    <message>
        <source>No strongSwan VICI endpoint is set up.</source>
        <translation>설정된 strongSwan VICI 엔드포인트가 없습니다.</translation>
    </message>
    <message>
        <source>No strongSwan VICI endpoint answered. %1</source>
        <translation>응답한 strongSwan VICI 엔드포인트가 없습니다. %1</translation>
    </message>
    <message>
        <source>No answer from %1 within %2 ms.</source>
        <translation>%2 ms 안에 %1의 응답이 없습니다.</translation>
    </message>
</context>
<context>
    <name>vpnaas::monitoring::ViciEndpoint</name>
    <message>
        <source>nothing</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>The socket path is missing: write unix:///path/to/charon.vici.</source>
        <translation>소켓 경로가 없습니다. unix:///path/to/charon.vici 형식으로 입력하십시오.</translation>
    </message>
    <message>
        <source>The socket path must be absolute: write three slashes, as in unix:///%1.</source>
        <translation>소켓 경로는 절대 경로여야 합니다. unix:///%1처럼 슬래시를 세 개 입력하십시오.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names a directory, not the VICI socket in it (such as %1charon.vici).</source>
        <translation>&quot;%1&quot;은(는) 디렉터리입니다. 그 안의 VICI 소켓(예: %1charon.vici)을 지정하십시오.</translation>
    </message>
    <message>
        <source>The socket path contains a NUL character.</source>
        <translation>소켓 경로에 NUL 문자가 포함되어 있습니다.</translation>
    </message>
    <message>
        <source>The socket path is %1 bytes long; a UNIX socket path can have at most %2.</source>
        <translation>소켓 경로의 길이가 %1바이트입니다. UNIX 소켓 경로는 최대 %2바이트까지 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>The IPv6 address has no closing bracket: write tcp://[2001:db8::1]:4502.</source>
        <translation>IPv6 주소에 닫는 대괄호가 없습니다. tcp://[2001:db8::1]:4502 형식으로 입력하십시오.</translation>
    </message>
    <message>
        <source>The port is missing: write tcp://[%1]:4502.</source>
        <translation>포트가 없습니다. tcp://[%1]:4502 형식으로 입력하십시오.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in brackets is not an IPv6 address.</source>
        <translation>대괄호 안의 &quot;%1&quot;은(는) IPv6 주소가 아닙니다.</translation>
    </message>
    <message>
        <source>The port is missing: write tcp://%1:4502 (the port of charon&apos;s VICI TCP listener).</source>
        <translation>포트가 없습니다. tcp://%1:4502 형식으로 입력하십시오(charon VICI TCP 리스너의 포트).</translation>
    </message>
    <message>
        <source>Put an IPv6 address in brackets: tcp://[%1]:%2.</source>
        <translation>IPv6 주소는 대괄호로 묶으십시오: tcp://[%1]:%2.</translation>
    </message>
    <message>
        <source>The host is missing: write tcp://host:port.</source>
        <translation>호스트가 없습니다. tcp://host:port 형식으로 입력하십시오.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither an IP address nor a host name.</source>
        <translation>&quot;%1&quot;은(는) IP 주소도 호스트 이름도 아닙니다.</translation>
    </message>
    <message>
        <source>The port is missing: write tcp://host:4502.</source>
        <translation>포트가 없습니다. tcp://host:4502 형식으로 입력하십시오.</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is not a number (there may be nothing after it).</source>
        <translation>포트 &quot;%1&quot;은(는) 숫자가 아닙니다(포트 뒤에는 아무것도 올 수 없습니다).</translation>
    </message>
    <message>
        <source>The port %1 is out of range: use 1 to 65535.</source>
        <translation>포트 %1이(가) 범위를 벗어났습니다. 1~65535 사이의 값을 사용하십시오.</translation>
    </message>
    <message>
        <source>Choose the VPN service whose network node this charon runs on.</source>
        <translation>이 charon이 실행되는 네트워크 노드의 VPN 서비스를 선택하십시오.</translation>
    </message>
    <message>
        <source>Choose the connection whose peer gateway this charon runs on.</source>
        <translation>이 charon이 실행되는 피어 게이트웨이의 연결을 선택하십시오.</translation>
    </message>
    <message>
        <source>Enter the VICI socket: unix:///path/to/charon.vici or tcp://host:port.</source>
        <translation>VICI 소켓을 입력하십시오: unix:///path/to/charon.vici 또는 tcp://host:port.</translation>
    </message>
    <message>
        <source>The address contains spaces.</source>
        <translation>주소에 공백이 포함되어 있습니다.</translation>
    </message>
    <message>
        <source>Write the socket path as a URI: unix://%1.</source>
        <translation>소켓 경로를 URI 형식으로 입력하십시오: unix://%1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a VICI address: use unix:///path/to/charon.vici or tcp://host:port.</source>
        <translation>&quot;%1&quot;은(는) VICI 주소가 아닙니다. unix:///path/to/charon.vici 또는 tcp://host:port 형식을 사용하십시오.</translation>
    </message>
    <message>
        <source>VPN service</source>
        <translation>VPN 서비스</translation>
    </message>
    <message>
        <source>peer gateway</source>
        <translation>피어 게이트웨이</translation>
    </message>
    <message>
        <source>not a VICI endpoint entry (%1)</source>
        <translation>VICI 엔드포인트 항목이 아님(%1)</translation>
    </message>
    <message>
        <source>%1: the entry does not say what the endpoint is attached to</source>
        <translation>%1: 항목에 엔드포인트의 대상이 지정되어 있지 않음</translation>
    </message>
    <message>
        <source>%1: unknown attachment &quot;%2&quot;</source>
        <translation>%1: 알 수 없는 대상 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>(no address)</source>
        <translation>(주소 없음)</translation>
    </message>
    <message>
        <source>The stored VICI endpoints are not a list (%1); none were read.</source>
        <translation>저장된 VICI 엔드포인트가 목록 형식이 아니므로(%1) 하나도 읽지 않았습니다.</translation>
    </message>
    <message>
        <source>VICI endpoint %1 skipped: %2</source>
        <translation>%1번째 VICI 엔드포인트를 건너뜀: %2</translation>
    </message>
    <message>
        <source>VICI endpoint %1 skipped: the same as an earlier one (%2)</source>
        <translation>%1번째 VICI 엔드포인트를 건너뜀: 앞의 항목과 같음(%2)</translation>
    </message>
</context>
<context>
    <name>vpnaas::topology</name>
    <message>
        <source>not found</source>
        <translation>찾을 수 없음</translation>
    </message>
    <message>
        <source>no external gateway</source>
        <translation>외부 게이트웨이 없음</translation>
    </message>
    <message>
        <source>external network</source>
        <translation>외부 네트워크</translation>
    </message>
    <message>
        <source>administratively down</source>
        <translation>관리 상태 비활성</translation>
    </message>
    <message>
        <source>ID %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>peer CIDRs</source>
        <translation>피어 CIDR</translation>
    </message>
</context>
<context>
    <name>vpnaas::ui::AlertNotifier</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>VPN connection alert</source>
        <translation>VPN 연결 경고</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see the Monitoring event log)</source>
        <translation>
            <numerusform>… 외 %n건(모니터링 이벤트 로그 참조)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n VPN connection alerts</source>
        <translation>
            <numerusform>VPN 연결 경고 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>열기</translation>
    </message>
</context>
<context>
    <name>vpnaas::ui::CliCommandBox</name>
    <message>
        <source>The same with the openstack CLI:</source>
        <translation>openstack CLI로 같은 작업:</translation>
    </message>
    <message>
        <source>Cop&amp;y Commands</source>
        <translation>명령 복사(&amp;Y)</translation>
    </message>
</context>
<context>
    <name>vpnaas::ui::CloudStatusBar</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>연결되지 않음</translation>
    </message>
    <message>
        <source>Cloud: %1</source>
        <translation>클라우드: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <source>Never refreshed</source>
        <translation>새로 고침한 적 없음</translation>
    </message>
    <message>
        <source>Refreshed %1 in %2 ms</source>
        <translation>%1에 새로 고침(%2 ms 소요)</translation>
    </message>
    <message>
        <source>Refresh failed: %1</source>
        <translation>새로 고침 실패: %1</translation>
    </message>
    <message>
        <source>The tables still show the last good refresh.</source>
        <translation>표에는 마지막으로 성공한 새로 고침 결과가 계속 표시됩니다.</translation>
    </message>
    <message>
        <source>Sandbox · simulated, keys stored unencrypted</source>
        <translation>샌드박스 · 시뮬레이션, 키를 암호화하지 않고 저장</translation>
    </message>
    <message>
        <source>The built-in offline cloud. Statuses and counters are simulated; nothing leaves this machine. Everything typed into the sandbox, pre-shared keys included, is stored unencrypted in %1 (readable by your user only). File ▸ Reset sandbox restores the example.</source>
        <translation>내장 오프라인 클라우드입니다. 상태와 카운터는 시뮬레이션된 값이며, 이 컴퓨터 밖으로 나가는 데이터는 없습니다. 샌드박스에 입력한 모든 내용은 사전 공유 키를 포함하여 %1에 암호화되지 않은 채 저장됩니다(현재 사용자만 읽을 수 있음). 파일 ▸ 샌드박스 초기화로 예제를 복원할 수 있습니다.</translation>
    </message>
    <message>
        <source>TLS not verified</source>
        <translation>TLS 검증 안 함</translation>
    </message>
    <message>
        <source>Credentials over plain http</source>
        <translation>일반 http로 자격 증명 전송</translation>
    </message>
    <message>
        <source>Still waiting for %1…</source>
        <translation>아직 %1의 응답을 기다리는 중…</translation>
    </message>
    <message>
        <source>The cloud has not answered yet; it is given up after %1 seconds.</source>
        <translation>클라우드가 아직 응답하지 않았습니다. %1초가 지나면 포기합니다.</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>모든 프로젝트</translation>
    </message>
    <message>
        <source>Defined in %1</source>
        <translation>%1에 정의됨</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>리전: %1</translation>
    </message>
    <message>
        <source>Project: %1 (%2)</source>
        <translation>프로젝트: %1(%2)</translation>
    </message>
    <message>
        <source>Showing the resources of all projects (admin).</source>
        <translation>모든 프로젝트의 리소스를 표시합니다(관리자).</translation>
    </message>
</context>
<context>
    <name>vpnaas::ui::ConfigPreview</name>
    <message>
        <source>Copy the whole file to the clipboard</source>
        <translation>파일 전체를 클립보드에 복사</translation>
    </message>
    <message>
        <source>(syntax definition %1 missing: shown without colours)</source>
        <translation>(구문 정의 %1이(가) 없어 색상 없이 표시합니다)</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>복사(&amp;O)</translation>
    </message>
</context>
<context>
    <name>vpnaas::ui::ConfigView</name>
    <message>
        <source>The connection whose peer side is shown</source>
        <translation>피어 측 설정을 표시할 연결</translation>
    </message>
    <message>
        <source>Neutron 2025.1 and later</source>
        <translation>Neutron 2025.1 이상</translation>
    </message>
    <message>
        <source>Neutron Zed (Debian 12)</source>
        <translation>Neutron Zed (Debian 12)</translation>
    </message>
    <message>
        <source>The driver release whose algorithm names ipsec.conf uses</source>
        <translation>ipsec.conf의 알고리즘 이름을 결정하는 드라이버 릴리스</translation>
    </message>
    <message>
        <source>Show the keys in clear; until then copies, saves and screenshots get masks</source>
        <translation>키를 평문으로 표시합니다. 그 전까지는 복사, 저장, 스크린샷에 마스킹된 값이 들어갑니다</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>%1 저장</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Export the configuration into</source>
        <translation>구성을 내보낼 위치</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Could not export: %1</source>
        <translation>내보내지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Peer side of:</source>
        <translation>피어 측 연결:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Findings&lt;/b&gt;</source>
        <translation>&lt;b&gt;검사 결과&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;VPN service “%1”&lt;/b&gt; — router %2</source>
        <translation>&lt;b&gt;VPN 서비스 “%1”&lt;/b&gt; — 라우터 %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;No VPN service&lt;/b&gt; — create one to see its configuration</source>
        <translation>&lt;b&gt;VPN 서비스 없음&lt;/b&gt; — VPN 서비스를 생성하면 구성을 볼 수 있습니다</translation>
    </message>
    <message>
        <source>Nothing to report.</source>
        <translation>발견된 문제가 없습니다.</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1을(를) 만들 수 없음</translation>
    </message>
    <message>
        <source>nothing to save</source>
        <translation>저장할 내용 없음</translation>
    </message>
    <message>
        <source>&amp;Reveal pre-shared keys</source>
        <translation>사전 공유 키 표시(&amp;R)</translation>
    </message>
    <message>
        <source>Save F&amp;ile…</source>
        <translation>파일 저장(&amp;I)…</translation>
    </message>
    <message>
        <source>Export &amp;All…</source>
        <translation>모두 내보내기(&amp;A)…</translation>
    </message>
</context>
<context>
    <name>vpnaas::ui::ConnectionOptionsPage</name>
    <message>
        <source>Dead peer detection, MTU and who starts the negotiation. The defaults suit most peers.</source>
        <translation>데드 피어 감지(DPD), MTU, 협상을 시작하는 쪽을 설정합니다. 대부분의 피어에는 기본값이 적합합니다.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 초</translation>
    </message>
    <message>
        <source>The strongSwan driver does not apply the MTU.</source>
        <translation>strongSwan 드라이버는 MTU를 적용하지 않습니다.</translation>
    </message>
    <message>
        <source>&amp;Administratively up</source>
        <translation>관리 상태 활성(&amp;A)</translation>
    </message>
    <message>
        <source>Connection Options</source>
        <translation>연결 옵션</translation>
    </message>
    <message>
        <source>E&amp;very</source>
        <translation>간격(&amp;V)</translation>
    </message>
    <message>
        <source>Give &amp;up after</source>
        <translation>제한 시간(&amp;U)</translation>
    </message>
    <message>
        <source>Dead peer detection interval</source>
        <translation>DPD(Dead Peer Detection) 간격</translation>
    </message>
    <message>
        <source>Dead peer detection timeout</source>
        <translation>DPD(Dead Peer Detection) 시간 제한</translation>
    </message>
    <message>
        <source>&amp;MTU:</source>
        <translation>MTU(&amp;M):</translation>
    </message>
    <message>
        <source>Dead &amp;peer detection:</source>
        <translation>데드 피어 감지(DPD)(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Initiator:</source>
        <translation>개시 방식(&amp;I):</translation>
    </message>
</context>
<context>
    <name>vpnaas::ui::ConnectionPage</name>
    <message>
        <source>The tunnel to one peer gateway: what it connects and how the two ends authenticate.</source>
        <translation>한 피어 게이트웨이로 가는 터널입니다. 무엇을 연결하고 양 끝이 어떻게 인증하는지 지정합니다.</translation>
    </message>
    <message>
        <source>One CIDR per line</source>
        <translation>한 줄에 CIDR 하나씩</translation>
    </message>
    <message>
        <source>Show the pre-shared key while typing</source>
        <translation>입력하는 동안 사전 공유 키 표시</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>약함</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>보통</translation>
    </message>
    <message>
        <source>good</source>
        <translation>좋음</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>강함</translation>
    </message>
    <message>
        <source>Strength: %1</source>
        <translation>강도: %1</translation>
    </message>
    <message>
        <source>The two keys differ.</source>
        <translation>두 키가 일치하지 않습니다.</translation>
    </message>
    <message>
        <source>Nothing to choose from: create one first.</source>
        <translation>선택할 항목이 없습니다. 먼저 생성하십시오.</translation>
    </message>
    <message>
        <source>IPsec Site Connection</source>
        <translation>IPsec 사이트 연결</translation>
    </message>
    <message>
        <source>Optional, e.g. conn</source>
        <translation>선택 사항, 예: conn</translation>
    </message>
    <message>
        <source>The peer gateway&apos;s public IP, e.g. 203.0.113.9</source>
        <translation>피어 게이트웨이의 공인 IP, 예: 203.0.113.9</translation>
    </message>
    <message>
        <source>Usually the peer address</source>
        <translation>보통 피어 주소와 같음</translation>
    </message>
    <message>
        <source>Optional; default: this router&apos;s external IP</source>
        <translation>선택 사항, 기본값: 이 라우터의 외부 IP</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>표시(&amp;H)</translation>
    </message>
    <message>
        <source>Show the pre-shared key</source>
        <translation>사전 공유 키 표시</translation>
    </message>
    <message>
        <source>&amp;VPN service:</source>
        <translation>VPN 서비스(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;IKE policy:</source>
        <translation>IKE 정책(&amp;I):</translation>
    </message>
    <message>
        <source>IPsec &amp;policy:</source>
        <translation>IPsec 정책(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Local endpoint group:</source>
        <translation>로컬 엔드포인트 그룹(&amp;L):</translation>
    </message>
    <message>
        <source>Peer endpoint &amp;group:</source>
        <translation>피어 엔드포인트 그룹(&amp;G):</translation>
    </message>
    <message>
        <source>Peer CIDR&amp;s:</source>
        <translation>피어 CIDR(&amp;S):</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>이름(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>설명(&amp;D):</translation>
    </message>
    <message>
        <source>Peer &amp;address:</source>
        <translation>피어 주소(&amp;A):</translation>
    </message>
    <message>
        <source>P&amp;eer ID:</source>
        <translation>피어 ID(&amp;E):</translation>
    </message>
    <message>
        <source>L&amp;ocal ID:</source>
        <translation>로컬 ID(&amp;O):</translation>
    </message>
    <message>
        <source>Pre-shared &amp;key:</source>
        <translation>사전 공유 키(&amp;K):</translation>
    </message>
    <message>
        <source>Con&amp;firm key:</source>
        <translation>키 확인(&amp;F):</translation>
    </message>
    <message>
        <source>Unchanged (type a new key to replace it)</source>
        <translation>변경 안 함(바꾸려면 새 키 입력)</translation>
    </message>
    <message>
        <source>Gene&amp;rate</source>
        <translation>자동 생성(&amp;R)</translation>
    </message>
    <message>
        <source>Generate a random pre-shared key</source>
        <translation>무작위 사전 공유 키 생성</translation>
    </message>
    <message>
        <source>Fill both key fields with a new random 32-character key</source>
        <translation>두 키 필드를 새 무작위 32자 키로 채웁니다</translation>
    </message>
    <message>
        <source>Use a long random key (20+ characters), or generate one.</source>
        <translation>길고 무작위인 키(20자 이상)를 사용하거나 자동 생성하십시오.</translation>
    </message>
    <message>
        <source>Strength: %1. A new random key: the peer needs the same one (reveal it to copy it).</source>
        <translation>강도: %1. 새 무작위 키입니다. 피어에도 같은 키가 필요합니다(표시하면 복사할 수 있습니다).</translation>
    </message>
</context>
<context>
    <name>vpnaas::ui::DeploymentView</name>
    <message>
        <source>Debian / Ubuntu — strongSwan driver</source>
        <translation>Debian / Ubuntu — strongSwan 드라이버</translation>
    </message>
    <message>
        <source>RHEL family — Libreswan driver</source>
        <translation>RHEL 계열 — Libreswan 드라이버</translation>
    </message>
    <message>
        <source>Network nodes run:</source>
        <translation>네트워크 노드 환경:</translation>
    </message>
    <message>
        <source>Edit the files below on the controller and on every network node, then run the commands in the last tab. The console&apos;s wizards work once &lt;code&gt;GET /v2.0/extensions&lt;/code&gt; lists &lt;code&gt;vpnaas&lt;/code&gt;.</source>
        <translation>컨트롤러와 모든 네트워크 노드에서 아래 파일을 편집한 다음, 마지막 탭의 명령을 실행하십시오. &lt;code&gt;GET /v2.0/extensions&lt;/code&gt; 결과에 &lt;code&gt;vpnaas&lt;/code&gt;가 나타나면 콘솔의 마법사를 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>How VPNaaS is enabled on a cloud</source>
        <translation>클라우드에서 VPNaaS를 활성화하는 방법</translation>
    </message>
    <message>
        <source>This cloud does not offer VPNaaS</source>
        <translation>이 클라우드는 VPNaaS를 제공하지 않습니다</translation>
    </message>
    <message>
        <source>%1 has no &lt;code&gt;vpnaas&lt;/code&gt; extension, so the VPN wizards are disabled instead of failing with “404 Not Found”. An operator enables it like this:</source>
        <translation>%1에는 &lt;code&gt;vpnaas&lt;/code&gt; 확장이 없으므로, VPN 마법사가 “404 Not Found”로 실패하지 않도록 비활성화되어 있습니다. 운영자는 다음과 같이 활성화할 수 있습니다:</translation>
    </message>
    <message>
        <source>%1 — on the %2</source>
        <translation>%1 — %2에서</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>그런 다음 실행할 명령</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>명령</translation>
    </message>
</context>
<context>
    <name>vpnaas::ui::DetailView</name>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>숨기기</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>표시</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>외 %1개</translation>
    </message>
</context>
<context>
    <name>vpnaas::ui::DiagnosisDialog</name>
    <message>
        <source>encryption algorithm</source>
        <translation>암호화 알고리즘</translation>
    </message>
    <message>
        <source>authorization algorithm</source>
        <translation>인증 알고리즘</translation>
    </message>
    <message>
        <source>PFS group</source>
        <translation>PFS 그룹</translation>
    </message>
    <message>
        <source>IKE version</source>
        <translation>IKE 버전</translation>
    </message>
    <message>
        <source>phase 1 negotiation mode</source>
        <translation>Phase 1 협상 모드</translation>
    </message>
    <message>
        <source>pre-shared key</source>
        <translation>사전 공유 키</translation>
    </message>
    <message>
        <source>peer ID</source>
        <translation>피어 ID</translation>
    </message>
    <message>
        <source>local ID</source>
        <translation>로컬 ID</translation>
    </message>
    <message>
        <source>peer address</source>
        <translation>피어 주소</translation>
    </message>
    <message>
        <source>endpoints</source>
        <translation>엔드포인트</translation>
    </message>
    <message>
        <source>peer CIDRs</source>
        <translation>피어 CIDR</translation>
    </message>
    <message>
        <source>dead peer detection</source>
        <translation>데드 피어 감지(DPD)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>no PFS</source>
        <translation>PFS 없음</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>정상</translation>
    </message>
    <message>
        <source>Pre-shared key mismatch</source>
        <translation>사전 공유 키 불일치</translation>
    </message>
    <message>
        <source>IKE proposal mismatch</source>
        <translation>IKE 제안 불일치</translation>
    </message>
    <message>
        <source>ESP proposal mismatch</source>
        <translation>ESP 제안 불일치</translation>
    </message>
    <message>
        <source>PFS mismatch</source>
        <translation>PFS 불일치</translation>
    </message>
    <message>
        <source>IKE version mismatch</source>
        <translation>IKE 버전 불일치</translation>
    </message>
    <message>
        <source>Peer ID mismatch</source>
        <translation>피어 ID 불일치</translation>
    </message>
    <message>
        <source>Local ID mismatch</source>
        <translation>로컬 ID 불일치</translation>
    </message>
    <message>
        <source>Traffic selector mismatch</source>
        <translation>트래픽 셀렉터 불일치</translation>
    </message>
    <message>
        <source>Peer unreachable</source>
        <translation>피어에 연결할 수 없음</translation>
    </message>
    <message>
        <source>Aggressive mode refused</source>
        <translation>Aggressive 모드 거부됨</translation>
    </message>
    <message>
        <source>Dead peer</source>
        <translation>데드 피어</translation>
    </message>
    <message>
        <source>One-way traffic</source>
        <translation>단방향 트래픽</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>판정</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>제안</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Ours (Neutron)</source>
        <translation>이쪽(Neutron)</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>피어</translation>
    </message>
    <message>
        <source>Peer&apos;s Source</source>
        <translation>피어 값의 출처</translation>
    </message>
    <message>
        <source>Proposals of both ends</source>
        <translation>양쪽 끝의 제안</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>해결 방법</translation>
    </message>
    <message>
        <source>Network node&apos;s charon log</source>
        <translation>네트워크 노드의 charon 로그</translation>
    </message>
    <message>
        <source>Peer&apos;s charon log</source>
        <translation>피어의 charon 로그</translation>
    </message>
    <message>
        <source>Diagnose &amp;Again</source>
        <translation>다시 진단(&amp;A)</translation>
    </message>
    <message>
        <source>Read the logs again; a connection that is down is started to watch its negotiation</source>
        <translation>로그를 다시 읽습니다. 끊어진 연결은 협상을 관찰하기 위해 시작합니다</translation>
    </message>
    <message>
        <source>&amp;Copy Report</source>
        <translation>보고서 복사(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Simulate:</source>
        <translation>시뮬레이션(&amp;S):</translation>
    </message>
    <message>
        <source>Simulated failure</source>
        <translation>시뮬레이션할 장애</translation>
    </message>
    <message>
        <source>Collecting the evidence…</source>
        <translation>근거를 수집하는 중…</translation>
    </message>
    <message>
        <source>Diagnosing…</source>
        <translation>진단 중…</translation>
    </message>
    <message>
        <source> (simulated)</source>
        <translation> (시뮬레이션)</translation>
    </message>
    <message>
        <source>Shown by the log.</source>
        <translation>로그로 확인되었습니다.</translation>
    </message>
    <message>
        <source>Likely: the evidence fits other causes too.</source>
        <translation>가능성 높음: 근거가 다른 원인에도 들어맞습니다.</translation>
    </message>
    <message>
        <source>Too little evidence to tell.</source>
        <translation>판단하기에 근거가 부족합니다.</translation>
    </message>
    <message>
        <source>The sandbox made up this evidence to show the feature; no daemon was asked.</source>
        <translation>이 근거는 기능을 보여 주기 위해 샌드박스가 만든 것이며, 실제 데몬에는 조회하지 않았습니다.</translation>
    </message>
    <message>
        <source>Edit %1…</source>
        <translation>%1 편집…</translation>
    </message>
    <message>
        <source>Opens the %1 with its %2 %3</source>
        <translation>%1 편집 창을 엽니다(%2: %3)</translation>
    </message>
    <message>
        <source>to fill in</source>
        <translation>입력 필요</translation>
    </message>
    <message>
        <source>set to %1</source>
        <translation>%1 값으로 설정됨</translation>
    </message>
    <message>
        <source>Lines for the peer</source>
        <translation>피어용 설정 줄</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>Copy the lines for the peer</source>
        <translation>피어용 설정 줄 복사</translation>
    </message>
    <message>
        <source>Could also be: %1</source>
        <translation>다른 가능성: %1</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>부족한 정보: %1</translation>
    </message>
    <message>
        <source># Nothing from the network node&apos;s charon: attach its VICI socket (Monitoring ▸ Settings) to read it.</source>
        <translation># 네트워크 노드의 charon에서 받은 내용이 없습니다: 로그를 읽으려면 노드의 VICI 소켓을 지정하십시오(모니터링 ▸ 설정).</translation>
    </message>
    <message>
        <source># Nothing from the peer&apos;s charon. Attach the peer gateway&apos;s VICI socket (Monitoring ▸ Settings) to read both ends.</source>
        <translation># 피어의 charon에서 받은 내용이 없습니다. 양쪽 끝을 모두 읽으려면 피어 게이트웨이의 VICI 소켓을 지정하십시오(모니터링 ▸ 설정).</translation>
    </message>
    <message>
        <source>Diagnosis of %1 (%2)</source>
        <translation>%1 (%2) 진단 결과</translation>
    </message>
    <message>
        <source>Diagnose “%1”</source>
        <translation>“%1” 진단</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>진단</translation>
    </message>
    <message>
        <source>&amp;Network node&apos;s log</source>
        <translation>네트워크 노드 로그(&amp;N)</translation>
    </message>
    <message>
        <source>P&amp;eer&apos;s log</source>
        <translation>피어 로그(&amp;E)</translation>
    </message>
</context>
<context>
    <name>vpnaas::ui::DraftPage</name>
    <message>
        <source> (weak)</source>
        <translation> (취약)</translation>
    </message>
    <message>
        <source> — default</source>
        <translation> — 기본값</translation>
    </message>
</context>
<context>
    <name>vpnaas::ui::EditDialog</name>
    <message>
        <source>Edit %1 “%2”</source>
        <translation>%1 “%2” 편집</translation>
    </message>
    <message>
        <source>This %1 no longer exists; refresh to see the current list.</source>
        <translation>이 %1은(는) 더 이상 존재하지 않습니다. 새로 고침하여 현재 목록을 확인하십시오.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>저장 중…</translation>
    </message>
    <message>
        <source>The server refused the change: %1</source>
        <translation>서버가 변경을 거부했습니다: %1</translation>
    </message>
    <message>
        <source>Change a field to see the openstack command that does the same.</source>
        <translation>필드를 바꾸면 같은 작업을 하는 openstack 명령이 표시됩니다.</translation>
    </message>
</context>
<context>
    <name>vpnaas::ui::EndpointGroupPage</name>
    <message>
        <source>The networks on one side of a tunnel: local subnets of a router, or the peer&apos;s CIDRs.</source>
        <translation>터널 한쪽의 네트워크입니다. 라우터의 로컬 서브넷 또는 피어의 CIDR을 지정합니다.</translation>
    </message>
    <message>
        <source>subnet — local subnets behind a router</source>
        <translation>subnet — 라우터 뒤의 로컬 서브넷</translation>
    </message>
    <message>
        <source>cidr — the peer&apos;s networks</source>
        <translation>cidr — 피어의 네트워크</translation>
    </message>
    <message>
        <source>One CIDR per line, e.g.
192.168.1.0/24</source>
        <translation>한 줄에 CIDR 하나씩, 예:
192.168.1.0/24</translation>
    </message>
    <message>
        <source>Subnets attached to router %1</source>
        <translation>라우터 %1에 연결된 서브넷</translation>
    </message>
    <message>
        <source>The subnets on this side that the tunnel connects.</source>
        <translation>터널로 연결할 이쪽의 서브넷입니다.</translation>
    </message>
    <message>
        <source>The networks behind the peer gateway, as CIDRs.</source>
        <translation>피어 게이트웨이 뒤의 네트워크를 CIDR로 지정합니다.</translation>
    </message>
    <message>
        <source>The router has no subnet attached. Attach one (router interface) first.</source>
        <translation>라우터에 연결된 서브넷이 없습니다. 먼저 서브넷을 연결(라우터 인터페이스)하십시오.</translation>
    </message>
    <message>
        <source>Endpoint Group</source>
        <translation>엔드포인트 그룹</translation>
    </message>
    <message>
        <source>Optional, e.g. ep_subnet</source>
        <translation>선택 사항, 예: ep_subnet</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>이름(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>설명(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>유형(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Endpoints:</source>
        <translation>엔드포인트(&amp;E):</translation>
    </message>
    <message>
        <source>Subnets</source>
        <translation>서브넷</translation>
    </message>
    <message>
        <source>Local Endpoint Group</source>
        <translation>로컬 엔드포인트 그룹</translation>
    </message>
    <message>
        <source>Peer Endpoint Group</source>
        <translation>피어 엔드포인트 그룹</translation>
    </message>
</context>
<context>
    <name>vpnaas::ui::HandbookWindow</name>
    <message>
        <source>VPNaaS Console Handbook</source>
        <translation>VPNaaS Console 안내서</translation>
    </message>
    <message>
        <source>Handbook</source>
        <translation>안내서</translation>
    </message>
    <message>
        <source># Handbook

The user guide is missing from this build.</source>
        <translation># 안내서

이 빌드에는 사용자 안내서가 없습니다.</translation>
    </message>
</context>
<context>
    <name>vpnaas::ui::IkePolicyPage</name>
    <message>
        <source>Phase 1: how the two gateways authenticate each other and protect their own negotiation.</source>
        <translation>Phase 1: 두 게이트웨이가 서로를 인증하고 둘 사이의 협상을 보호하는 방식입니다.</translation>
    </message>
    <message>
        <source>Aggressive mode exists for IKEv1 only and exposes the PSK to offline guessing.</source>
        <translation>Aggressive 모드는 IKEv1에만 있으며 PSK가 오프라인 추측 공격에 노출됩니다.</translation>
    </message>
    <message>
        <source>IKE Policy</source>
        <translation>IKE 정책</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>암호화(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Integrity:</source>
        <translation>무결성(&amp;I):</translation>
    </message>
    <message>
        <source>Diffie-&amp;Hellman group:</source>
        <translation>Diffie-Hellman 그룹(&amp;H):</translation>
    </message>
    <message>
        <source>IKE &amp;version:</source>
        <translation>IKE 버전(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;Phase 1 mode:</source>
        <translation>Phase 1 모드(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Lifetime:</source>
        <translation>수명(&amp;L):</translation>
    </message>
</context>
<context>
    <name>vpnaas::ui::IpsecPolicyPage</name>
    <message>
        <source>Phase 2: how the traffic between the two networks is protected.</source>
        <translation>Phase 2: 두 네트워크 사이의 트래픽을 보호하는 방식입니다.</translation>
    </message>
    <message>
        <source>IPsec Policy</source>
        <translation>IPsec 정책</translation>
    </message>
    <message>
        <source>&amp;Transform protocol:</source>
        <translation>변환 프로토콜(&amp;T):</translation>
    </message>
    <message>
        <source>Encap&amp;sulation:</source>
        <translation>캡슐화(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>암호화(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Integrity:</source>
        <translation>무결성(&amp;I):</translation>
    </message>
    <message>
        <source>P&amp;FS group:</source>
        <translation>PFS 그룹(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Lifetime:</source>
        <translation>수명(&amp;L):</translation>
    </message>
</context>
<context>
    <name>vpnaas::ui::LoginController</name>
    <message>
        <source>Not connected to “%1”: no application credential secret given.</source>
        <translation>“%1”에 연결하지 않았습니다: 애플리케이션 자격 증명 비밀이 입력되지 않았습니다.</translation>
    </message>
    <message>
        <source>Not connected to “%1”: no password given.</source>
        <translation>“%1”에 연결하지 않았습니다: 비밀번호가 입력되지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 The password of “%2” is kept for this session only.</source>
        <translation>%1 “%2”의 비밀번호는 이번 세션에만 보관됩니다.</translation>
    </message>
    <message>
        <source>The password of “%1” is stored in the system keyring.</source>
        <translation>“%1”의 비밀번호를 시스템 키링에 저장했습니다.</translation>
    </message>
    <message>
        <source>No password of “%1” is stored in the system keyring any more.</source>
        <translation>이제 시스템 키링에 “%1”의 비밀번호가 저장되어 있지 않습니다.</translation>
    </message>
</context>
<context>
    <name>vpnaas::ui::LoginDialog</name>
    <message>
        <source>%1 (domain %2)</source>
        <translation>%1(도메인 %2)</translation>
    </message>
    <message>
        <source>Cloud “%1” needs the secret of its application credential: clouds.yaml, secure.yaml and OS_APPLICATION_CREDENTIAL_SECRET do not give it.</source>
        <translation>클라우드 “%1”에는 애플리케이션 자격 증명 비밀이 필요합니다: clouds.yaml, secure.yaml, OS_APPLICATION_CREDENTIAL_SECRET 어디에도 없습니다.</translation>
    </message>
    <message>
        <source>Cloud “%1” needs a password: clouds.yaml, secure.yaml and OS_PASSWORD do not give it.</source>
        <translation>클라우드 “%1”에는 비밀번호가 필요합니다: clouds.yaml, secure.yaml, OS_PASSWORD 어디에도 없습니다.</translation>
    </message>
    <message>
        <source>Keystone refused the secret. Enter it again.</source>
        <translation>Keystone이 비밀을 거부했습니다. 다시 입력하십시오.</translation>
    </message>
    <message>
        <source>Keystone refused the password. Enter it again.</source>
        <translation>Keystone이 비밀번호를 거부했습니다. 다시 입력하십시오.</translation>
    </message>
    <message>
        <source>Keystone refused the secret stored in the system keyring. Enter the current one: it replaces the stored one.</source>
        <translation>Keystone이 시스템 키링에 저장된 비밀을 거부했습니다. 현재 비밀을 입력하십시오: 저장된 것을 대체합니다.</translation>
    </message>
    <message>
        <source>Keystone refused the password stored in the system keyring. Enter the current one: it replaces the stored one.</source>
        <translation>Keystone이 시스템 키링에 저장된 비밀번호를 거부했습니다. 현재 비밀번호를 입력하십시오: 저장된 것을 대체합니다.</translation>
    </message>
    <message>
        <source>Cloud:</source>
        <translation>클라우드:</translation>
    </message>
    <message>
        <source>Application credential:</source>
        <translation>애플리케이션 자격 증명:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>사용자:</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>프로젝트:</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>지정 안 됨</translation>
    </message>
    <message>
        <source>Auth URL:</source>
        <translation>인증 URL:</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>비밀(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>비밀번호(&amp;P):</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>비밀</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>&amp;Remember in the system keyring</source>
        <translation>시스템 키링에 기억(&amp;R)</translation>
    </message>
    <message>
        <source>Keep it in the desktop&apos;s keyring (Secret Service), never in a file of the console</source>
        <translation>데스크톱 키링(Secret Service)에 보관하며, 콘솔의 파일에는 절대 저장하지 않습니다</translation>
    </message>
    <message>
        <source>&amp;Log In</source>
        <translation>로그인(&amp;L)</translation>
    </message>
    <message>
        <source>%1 The password is kept for this session only.</source>
        <translation>%1 비밀번호는 이번 세션에만 보관됩니다.</translation>
    </message>
    <message>
        <source>Log In to “%1”</source>
        <translation>“%1”에 로그인</translation>
    </message>
</context>
<context>
    <name>vpnaas::ui::MainActions</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <source>Fetch everything again from the cloud (F5)</source>
        <translation>클라우드에서 모든 항목 다시 가져오기(F5)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>편집(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>삭제(&amp;D)…</translation>
    </message>
    <message>
        <source>Show the selected connection&apos;s pre-shared key in clear</source>
        <translation>선택한 연결의 사전 공유 키를 평문으로 표시</translation>
    </message>
    <message>
        <source>Copy &amp;ID</source>
        <translation>ID 복사(&amp;I)</translation>
    </message>
    <message>
        <source>Create everything a site-to-site tunnel needs, step by step</source>
        <translation>사이트 간 터널에 필요한 모든 리소스를 단계별로 생성</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>끔</translation>
    </message>
    <message>
        <source>Every %1 s</source>
        <translation>%1초마다</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>기본</translation>
    </message>
    <message>
        <source>Cloud:</source>
        <translation>클라우드:</translation>
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
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>새로 만들기(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
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
        <source>This cloud does not offer VPNaaS: see View ▸ Deployment</source>
        <translation>이 클라우드는 VPNaaS를 제공하지 않습니다. 보기 ▸ 배포를 참조하십시오</translation>
    </message>
    <message>
        <source>&amp;Forget Stored Password</source>
        <translation>저장된 비밀번호 지우기(&amp;F)</translation>
    </message>
    <message>
        <source>Remove the current cloud&apos;s password from the system keyring</source>
        <translation>현재 클라우드의 비밀번호를 시스템 키링에서 지웁니다</translation>
    </message>
    <message>
        <source>Dia&amp;gnose Connection…</source>
        <translation>연결 진단(&amp;G)…</translation>
    </message>
    <message>
        <source>Why is the selected connection&apos;s tunnel down, and what to change (Ctrl+Shift+D)</source>
        <translation>선택한 연결의 터널이 끊어진 이유와 변경할 사항 확인(Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>설정(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Configure VPNaaS Console…</source>
        <translation>VPNaaS Console 설정(&amp;C)…</translation>
    </message>
    <message>
        <source>Re&amp;veal Pre-Shared Key</source>
        <translation>사전 공유 키 표시(&amp;V)</translation>
    </message>
    <message>
        <source>New &amp;Site-to-Site VPN…</source>
        <translation>새 사이트 간 VPN(&amp;S)…</translation>
    </message>
    <message>
        <source>Reset &amp;Sandbox…</source>
        <translation>샌드박스 초기화(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Auto-Refresh</source>
        <translation>자동 새로 고침(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Handbook</source>
        <translation>안내서(&amp;H)</translation>
    </message>
</context>
<context>
    <name>vpnaas::ui::MainWindow</name>
    <message>
        <source>The cloud and project the console shows</source>
        <translation>콘솔에 표시할 클라우드와 프로젝트</translation>
    </message>
    <message>
        <source>The sandbox is not available: %1</source>
        <translation>샌드박스를 사용할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Request: %1 %2
Request ID: %3</source>
        <translation>요청: %1 %2
요청 ID: %3</translation>
    </message>
    <message>
        <source>no cloud</source>
        <translation>클라우드 없음</translation>
    </message>
    <message>
        <source>Sandbox (offline, simulated)</source>
        <translation>샌드박스(오프라인, 시뮬레이션)</translation>
    </message>
    <message>
        <source>%1 — VPNaaS Console</source>
        <translation>%1 — VPNaaS Console</translation>
    </message>
    <message>
        <source>Saved %1 “%2”.</source>
        <translation>%1 “%2”을(를) 저장했습니다.</translation>
    </message>
    <message>
        <source>Created %1 “%2”.</source>
        <translation>%1 “%2”을(를) 생성했습니다.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>삭제할 수 없음</translation>
    </message>
    <message>
        <source>Nothing selected can be deleted now:</source>
        <translation>선택한 항목 중 지금 삭제할 수 있는 항목이 없습니다:</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Delete %1 %2?</source>
        <translation>%2 %1개를 삭제하시겠습니까?</translation>
    </message>
    <message>
        <source>Kept, because they are in use:</source>
        <translation>사용 중이어서 삭제하지 않는 항목:</translation>
    </message>
    <message>
        <source>Also delete what only these connections use: %1</source>
        <translation>이 연결에서만 사용하는 리소스도 삭제: %1</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)…</source>
        <translation>%1 (%2/%3)…</translation>
    </message>
    <message>
        <source>Deleted 1 resource.</source>
        <translation>리소스 1개를 삭제했습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n resources.</source>
        <translation>
            <numerusform>리소스 %n개를 삭제했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting failed after %1 of %2 steps</source>
        <translation>%2단계 중 %1단계를 완료한 후 삭제에 실패했습니다</translation>
    </message>
    <message>
        <source>Reset sandbox</source>
        <translation>샌드박스 초기화</translation>
    </message>
    <message>
        <source>Put the sandbox back to its example scenario? Everything created in the sandbox is deleted. Real clouds are not affected.</source>
        <translation>샌드박스를 예제 시나리오 상태로 되돌리시겠습니까? 샌드박스에서 생성한 모든 항목이 삭제됩니다. 실제 클라우드에는 영향을 주지 않습니다.</translation>
    </message>
    <message>
        <source>The sandbox could not be reset: %1</source>
        <translation>샌드박스를 초기화할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The sandbox holds the example scenario again.</source>
        <translation>샌드박스가 예제 시나리오 상태로 돌아갔습니다.</translation>
    </message>
    <message>
        <source>Monitoring history unavailable: %1</source>
        <translation>모니터링 기록을 사용할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Guided run: %1 (%2 of %3)…</source>
        <translation>안내 마법사 실행: %1 (%2/%3)…</translation>
    </message>
    <message>
        <source>Guided run on “%1”, undoing: %2…</source>
        <translation>“%1”의 안내 마법사 실행을 되돌리는 중: %2…</translation>
    </message>
    <message>
        <source>Guided run</source>
        <translation>안내 마법사 실행</translation>
    </message>
    <message>
        <source>Switch cloud</source>
        <translation>클라우드 전환</translation>
    </message>
    <message>
        <source>The guided wizard is creating resources on “%1”.</source>
        <translation>안내 마법사가 “%1”에서 리소스를 생성하는 중입니다.</translation>
    </message>
    <message>
        <source>Switching stops it; what it created on “%1” is deleted again in the background. Nothing of it reaches the other cloud.</source>
        <translation>전환하면 생성이 중지되고, “%1”에서 생성한 리소스는 백그라운드에서 다시 삭제됩니다. 다른 클라우드에는 아무것도 전달되지 않습니다.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 “%2” (%3)</source>
        <translation>%1 “%2” (%3)</translation>
    </message>
    <message>
        <source>a %1 that may exist (description contains “%2”)</source>
        <translation>존재할 수 있는 %1(설명에 “%2” 포함)</translation>
    </message>
    <message>
        <source>Leftovers of a guided run</source>
        <translation>안내 마법사 실행에서 남은 리소스</translation>
    </message>
    <message numerus="yes">
        <source>An earlier guided run could not delete %n resource(s) on “%1”. Delete them now?</source>
        <translation>
            <numerusform>이전 안내 마법사 실행에서 “%1”의 리소스 %n개를 삭제하지 못했습니다. 지금 삭제하시겠습니까?</numerusform>
        </translation>
    </message>
    <message>
        <source>Clean-up: %1…</source>
        <translation>정리: %1…</translation>
    </message>
    <message numerus="yes">
        <source>Clean-up done: deleted %n leftover(s).</source>
        <translation>
            <numerusform>정리 완료: 남은 리소스 %n개를 삭제했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>(still used by %1)</source>
        <translation>(%1에서 아직 사용 중)</translation>
    </message>
    <message>
        <source>%1: could not be listed (%2)</source>
        <translation>%1: 목록을 가져올 수 없음(%2)</translation>
    </message>
    <message numerus="yes">
        <source>Clean-up incomplete: deleted %n; the rest is kept for later: </source>
        <translation>
            <numerusform>정리 미완료: %n개를 삭제했습니다. 나머지는 나중에 정리하도록 남겨 둡니다: </numerusform>
        </translation>
    </message>
    <message>
        <source>Quitting once the guided run has undone its work on “%1”… Close again to quit now; what is left is remembered for clean-up.</source>
        <translation>안내 마법사 실행이 “%1”에서 한 작업을 되돌린 후 종료합니다… 지금 종료하려면 다시 닫으십시오. 남은 리소스는 나중에 정리할 수 있도록 기억해 둡니다.</translation>
    </message>
    <message>
        <source>No connection %1 on this cloud</source>
        <translation>이 클라우드에 연결 %1이(가) 없습니다</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <source>Cop&amp;y Commands</source>
        <translation>명령 복사(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Stop and Switch</source>
        <translation>중지하고 전환(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Keep Creating</source>
        <translation>계속 생성(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Delete Them</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>나중에(&amp;L)</translation>
    </message>
</context>
<context>
    <name>vpnaas::ui::MonitoringCharts</name>
    <message>
        <source>%1 G</source>
        <comment>billions of packets</comment>
        <translation>%1 G</translation>
    </message>
    <message>
        <source>%1 M</source>
        <comment>millions of packets</comment>
        <translation>%1 M</translation>
    </message>
    <message>
        <source>%1 k</source>
        <comment>thousands of packets</comment>
        <translation>%1 k</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>최근 15분</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>최근 1시간</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>최근 24시간</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>최근 7일</translation>
    </message>
    <message>
        <source>Stop scrolling with new samples; range and selection changes still redraw</source>
        <translation>새 샘플이 들어와도 차트를 스크롤하지 않습니다. 범위나 선택을 바꾸면 다시 그립니다</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>처리량</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>합계</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>범위(&amp;R):</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>송신</translation>
    </message>
    <message>
        <source>In</source>
        <translation>수신</translation>
    </message>
    <message>
        <source>There is no monitoring history to read.</source>
        <translation>읽을 모니터링 기록이 없습니다.</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>in above the axis, out below</source>
        <translation>수신은 축 위, 송신은 축 아래</translation>
    </message>
    <message>
        <source>no monitoring history</source>
        <translation>모니터링 기록 없음</translation>
    </message>
    <message>
        <source>select connections to chart them</source>
        <translation>차트에 표시할 연결을 선택하십시오</translation>
    </message>
    <message numerus="yes">
        <source>+%n more not drawn</source>
        <translation>
            <numerusform>%n개 더 있음(표시 안 함)</numerusform>
        </translation>
    </message>
    <message>
        <source>simulated</source>
        <translation>시뮬레이션</translation>
    </message>
    <message>
        <source>no status recorded</source>
        <translation>기록된 상태 없음</translation>
    </message>
    <message>
        <source>waiting for counter samples</source>
        <translation>카운터 샘플 대기 중</translation>
    </message>
    <message>
        <source>Bytes since the start of the range</source>
        <translation>범위 시작 이후 바이트</translation>
    </message>
    <message>
        <source>Packets since the start of the range</source>
        <translation>범위 시작 이후 패킷</translation>
    </message>
    <message>
        <source>%1 in this range (counter: %2)</source>
        <translation>이 범위에서 %1(카운터: %2)</translation>
    </message>
    <message>
        <source>%1 · %2
%3
%4</source>
        <translation>%1 · %2
%3
%4</translation>
    </message>
    <message>
        <source>%1
no state recorded</source>
        <translation>%1
기록된 상태 없음</translation>
    </message>
    <message>
        <source>now</source>
        <translation>현재</translation>
    </message>
    <message>
        <source>%1: %2
%3 – %4</source>
        <translation>%1: %2
%3 – %4</translation>
    </message>
    <message>
        <source>The chart has no size yet; show it before exporting.</source>
        <translation>차트의 크기가 아직 정해지지 않았습니다. 내보내기 전에 차트를 표시하십시오.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 파일을 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>the image could not be encoded</source>
        <translation>이미지를 인코딩할 수 없음</translation>
    </message>
    <message>
        <source>There is no monitoring history to export.</source>
        <translation>내보낼 모니터링 기록이 없습니다.</translation>
    </message>
    <message>
        <source>Select connections to export their data.</source>
        <translation>데이터를 내보낼 연결을 선택하십시오.</translation>
    </message>
    <message>
        <source>Export Chart as PNG</source>
        <translation>차트를 PNG로 내보내기</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>PNG 내보내기</translation>
    </message>
    <message>
        <source>Export Chart Data as CSV</source>
        <translation>차트 데이터를 CSV로 내보내기</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV 내보내기</translation>
    </message>
    <message>
        <source>point at a line to name it</source>
        <translation>선을 가리키면 이름이 표시됩니다</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>일시 정지(&amp;P)</translation>
    </message>
    <message>
        <source>Export PN&amp;G…</source>
        <translation>PNG 내보내기(&amp;G)…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>CSV 내보내기(&amp;C)…</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>재개(&amp;U)</translation>
    </message>
</context>
<context>
    <name>vpnaas::ui::MonitoringController</name>
    <message>
        <source>deleted (was %1)</source>
        <translation>삭제됨(이전: %1)</translation>
    </message>
    <message>
        <source>tunnel %1 (was %2)</source>
        <translation>터널 %1(이전: %2)</translation>
    </message>
    <message>
        <source>Neutron status %1 (was %2)</source>
        <translation>Neutron 상태 %1(이전: %2)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>History</source>
        <translation>기록</translation>
    </message>
    <message>
        <source>unavailable: %1</source>
        <translation>사용할 수 없음: %1</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>A saved strongSwan endpoint was skipped: %1</source>
        <translation>저장된 strongSwan 엔드포인트를 건너뛰었습니다: %1</translation>
    </message>
    <message>
        <source>none attached (Neutron statuses only)</source>
        <translation>없음(Neutron 상태만 표시)</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>연결되지 않음</translation>
    </message>
    <message>
        <source>Neutron poll failed: %1 — retrying in %2 s</source>
        <translation>Neutron 폴링 실패: %1 — %2초 후 재시도</translation>
    </message>
    <message>
        <source>Neutron: first poll…</source>
        <translation>Neutron: 첫 폴링 중…</translation>
    </message>
    <message>
        <source>Neutron: polled %1 ago, every %2 s</source>
        <translation>Neutron: %1 전 폴링, %2초 간격</translation>
    </message>
    <message>
        <source>Counters failed: %1</source>
        <translation>카운터 수집 실패: %1</translation>
    </message>
    <message>
        <source>Some strongSwan endpoints failed: %1</source>
        <translation>일부 strongSwan 엔드포인트 실패: %1</translation>
    </message>
    <message>
        <source>SAs that match no connection: %1</source>
        <translation>연결과 일치하지 않는 SA: %1개</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>기록 내보내기</translation>
    </message>
    <message>
        <source>The monitoring history is unavailable: %1</source>
        <translation>모니터링 기록을 사용할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Export monitoring history</source>
        <translation>모니터링 기록 내보내기</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>Monitoring history exported to %1</source>
        <translation>모니터링 기록을 %1(으)로 내보냈습니다</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 파일을 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot write the history to %1.</source>
        <translation>기록을 %1에 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>not written: %1</source>
        <translation>쓰지 못함: %1</translation>
    </message>
    <message>
        <source>History not written: %1</source>
        <translation>기록을 쓰지 못함: %1</translation>
    </message>
</context>
<context>
    <name>vpnaas::ui::MonitoringSettingsDialog</name>
    <message>
        <source>Test</source>
        <translation>테스트</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 초</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 일</translation>
    </message>
    <message>
        <source>General</source>
        <translation>일반</translation>
    </message>
    <message>
        <source>This desktop has no system tray: alerts go to the status bar and the event log.</source>
        <translation>이 데스크톱에는 시스템 트레이가 없습니다. 경고는 상태 표시줄과 이벤트 로그에 표시됩니다.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>위치</translation>
    </message>
    <message>
        <source>VICI address</source>
        <translation>VICI 주소</translation>
    </message>
    <message>
        <source>unix:///run/vici-node1.sock or tcp://192.0.2.10:4502</source>
        <translation>unix:///run/vici-node1.sock 또는 tcp://192.0.2.10:4502</translation>
    </message>
    <message>
        <source>&lt;p&gt;Counters come from the strongSwan charon that carries the tunnel, through its VICI socket. On a network node, attach the VPN service; on a peer gateway you run, attach the connection.&lt;/p&gt;&lt;p&gt;&lt;b&gt;SSH-forwarded socket&lt;/b&gt; (nothing opened on the node): &lt;code&gt;ssh -N -L /run/user/$UID/vici-node1.sock:/var/lib/neutron/ipsec/&amp;lt;router-id&amp;gt;/var/run/charon.vici root@node1&lt;/code&gt; (a router&apos;s charon on a Neutron network node; &lt;code&gt;/var/run/charon.vici&lt;/code&gt; elsewhere), then &lt;code&gt;unix:///run/user/$UID/vici-node1.sock&lt;/code&gt;.&lt;br&gt;&lt;b&gt;TCP listener&lt;/b&gt; (unauthenticated: management network only): set &lt;code&gt;charon.plugins.vici.socket = tcp://192.0.2.10:4502&lt;/code&gt;, then &lt;code&gt;tcp://192.0.2.10:4502&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;카운터는 터널을 처리하는 strongSwan charon에서 VICI 소켓을 통해 가져옵니다. 네트워크 노드의 charon이면 VPN 서비스를, 직접 운영하는 피어 게이트웨이의 charon이면 연결을 대상으로 지정하십시오.&lt;/p&gt;&lt;p&gt;&lt;b&gt;SSH 포워딩 소켓&lt;/b&gt;(노드에서 아무것도 열지 않음): &lt;code&gt;ssh -N -L /run/user/$UID/vici-node1.sock:/var/lib/neutron/ipsec/&amp;lt;router-id&amp;gt;/var/run/charon.vici root@node1&lt;/code&gt;(Neutron 네트워크 노드의 라우터 charon 경로이며, 그 밖의 호스트에서는 &lt;code&gt;/var/run/charon.vici&lt;/code&gt;)을 실행한 다음 &lt;code&gt;unix:///run/user/$UID/vici-node1.sock&lt;/code&gt;을 입력하십시오.&lt;br&gt;&lt;b&gt;TCP 리스너&lt;/b&gt;(인증 없음: 관리 네트워크에서만 사용): &lt;code&gt;charon.plugins.vici.socket = tcp://192.0.2.10:4502&lt;/code&gt;를 설정한 다음 &lt;code&gt;tcp://192.0.2.10:4502&lt;/code&gt;를 입력하십시오.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>VPN service %1 — network node</source>
        <translation>VPN 서비스 %1 — 네트워크 노드</translation>
    </message>
    <message>
        <source>Connection %1 — peer gateway %2</source>
        <translation>연결 %1 — 피어 게이트웨이 %2</translation>
    </message>
    <message>
        <source>The sandbox simulates its counters. strongSwan endpoints are attached on a real cloud.</source>
        <translation>샌드박스는 카운터를 시뮬레이션합니다. strongSwan 엔드포인트는 실제 클라우드에서 지정할 수 있습니다.</translation>
    </message>
    <message>
        <source>This project has no VPN service or connection to attach an endpoint to.</source>
        <translation>이 프로젝트에는 엔드포인트를 지정할 VPN 서비스나 연결이 없습니다.</translation>
    </message>
    <message>
        <source>network node</source>
        <translation>네트워크 노드</translation>
    </message>
    <message>
        <source>peer gateway</source>
        <translation>피어 게이트웨이</translation>
    </message>
    <message>
        <source>not tested</source>
        <translation>테스트 안 함</translation>
    </message>
    <message>
        <source>Choose what the endpoint belongs to: a VPN service or a connection&apos;s peer gateway.</source>
        <translation>엔드포인트가 속한 대상(VPN 서비스 또는 연결의 피어 게이트웨이)을 선택하십시오.</translation>
    </message>
    <message>
        <source>This endpoint is already attached there.</source>
        <translation>이 엔드포인트는 이미 해당 대상에 지정되어 있습니다.</translation>
    </message>
    <message>
        <source>Added. Test it, then OK to start reading its counters.</source>
        <translation>추가했습니다. 테스트한 후 [확인]을 누르면 카운터 수집을 시작합니다.</translation>
    </message>
    <message>
        <source>testing…</source>
        <translation>테스트 중…</translation>
    </message>
    <message>
        <source>OK: %1</source>
        <translation>성공: %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>실패: %1</translation>
    </message>
    <message>
        <source>Configure VPNaaS Console</source>
        <translation>VPNaaS Console 설정</translation>
    </message>
    <message>
        <source>Show desktop &amp;notifications for alerts</source>
        <translation>경고를 데스크톱 알림으로 표시(&amp;N)</translation>
    </message>
    <message>
        <source>strongSwan Counters (VICI Endpoints)</source>
        <translation>strongSwan 카운터(VICI 엔드포인트)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>제거(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>테스트(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Poll Neutron and counters every:</source>
        <translation>Neutron 및 카운터 폴링 간격(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Keep history for:</source>
        <translation>기록 보존 기간(&amp;K):</translation>
    </message>
    <message>
        <source>Attached To</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>VICI Address</source>
        <translation>VICI 주소</translation>
    </message>
    <message>
        <source>Attached endpoints</source>
        <translation>연결된 엔드포인트</translation>
    </message>
    <message>
        <source>Attach to</source>
        <translation>연결 대상</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>추가(&amp;D)</translation>
    </message>
</context>
<context>
    <name>vpnaas::ui::MonitoringView</name>
    <message>
        <source>&lt;b&gt;Events&lt;/b&gt;</source>
        <translation>&lt;b&gt;이벤트&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Neutron statuses only: no counter source attached</source>
        <translation>Neutron 상태만 표시: 카운터 소스 없음</translation>
    </message>
    <message>
        <source>Counters: %1 — simulated, not measured</source>
        <translation>카운터: %1 — 실측값이 아닌 시뮬레이션 값</translation>
    </message>
    <message>
        <source>Counters: %1</source>
        <translation>카운터: %1</translation>
    </message>
    <message>
        <source>&amp;Diagnose…</source>
        <translation>진단(&amp;D)…</translation>
    </message>
    <message>
        <source>Why is this tunnel down?</source>
        <translation>이 터널이 끊어진 이유 확인</translation>
    </message>
    <message>
        <source>double-click to diagnose</source>
        <translation>두 번 클릭하여 진단</translation>
    </message>
    <message>
        <source>Double-click or press Enter to see why the tunnel went down</source>
        <translation>터널이 끊어진 이유를 보려면 두 번 클릭하거나 Enter 키를 누르십시오</translation>
    </message>
    <message>
        <source>strongSwan Endpoin&amp;ts…</source>
        <translation>strongSwan 엔드포인트(&amp;T)…</translation>
    </message>
    <message>
        <source>Export Hist&amp;ory…</source>
        <translation>기록 내보내기(&amp;O)…</translation>
    </message>
</context>
<context>
    <name>vpnaas::ui::NewOrExisting</name>
    <message>
        <source>Create a ne&amp;w one</source>
        <translation>새로 만들기(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Use an existing one:</source>
        <translation>기존 항목 사용(&amp;U):</translation>
    </message>
    <message>
        <source>Existing one</source>
        <translation>기존 항목</translation>
    </message>
</context>
<context>
    <name>vpnaas::ui::PolicyPageBase</name>
    <message>
        <source> s</source>
        <translation> 초</translation>
    </message>
    <message>
        <source>Optional, e.g. %1</source>
        <translation>선택 사항, 예: %1</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>이름(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>설명(&amp;D):</translation>
    </message>
</context>
<context>
    <name>vpnaas::ui::ResourceView</name>
    <message>
        <source>Filter by any column…</source>
        <translation>모든 열에서 필터링…</translation>
    </message>
    <message>
        <source>This project has no %1 yet. Create one with New ▸ %2.</source>
        <translation>이 프로젝트에는 아직 %1이(가) 없습니다. 새로 만들기 ▸ %2에서 생성하십시오.</translation>
    </message>
    <message>
        <source>Select a row to see all its attributes.</source>
        <translation>행을 선택하면 모든 속성을 볼 수 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows selected.</source>
        <translation>
            <numerusform>%n개 행이 선택되었습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>항목 1개</translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>항목 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2개 중 %1개</translation>
    </message>
    <message>
        <source>No project has %1 yet.</source>
        <translation>아직 어느 프로젝트에도 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Copy as &amp;CLI Command</source>
        <translation>CLI 명령으로 복사(&amp;C)</translation>
    </message>
</context>
<context>
    <name>vpnaas::ui::ResourceWizard</name>
    <message>
        <source>New %1</source>
        <translation>새 %1</translation>
    </message>
    <message>
        <source>Creating the %1…</source>
        <translation>%1 생성 중…</translation>
    </message>
    <message>
        <source>The server refused it: %1</source>
        <translation>서버가 거부했습니다: %1</translation>
    </message>
    <message>
        <source>This connection will not come up: %1</source>
        <translation>이 연결은 올라오지 않습니다: %1</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>생성(&amp;C)</translation>
    </message>
</context>
<context>
    <name>vpnaas::ui::ScopeSelector</name>
    <message>
        <source>&amp;Region:</source>
        <translation>리전(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>프로젝트(&amp;P):</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>표시(&amp;H):</translation>
    </message>
    <message>
        <source>The region of the cloud the console shows (its regions: list)</source>
        <translation>콘솔이 표시하는 클라우드 리전(regions: 목록)</translation>
    </message>
    <message>
        <source>Show the resources of one project, and create new ones in it</source>
        <translation>한 프로젝트의 리소스만 표시하고 새 리소스를 그 프로젝트에 만듭니다</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>모든 프로젝트</translation>
    </message>
    <message>
        <source>Every project</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>The project the console shows and creates in; “All projects” is offered to admins</source>
        <translation>콘솔이 표시하고 리소스를 만드는 프로젝트입니다. 관리자에게는 “모든 프로젝트”가 제공됩니다</translation>
    </message>
</context>
<context>
    <name>vpnaas::ui::SiteToSiteWizard</name>
    <message>
        <source>New IKE policy “%1”: %2, %3, %4, IKE %5, %6 mode, lifetime %7</source>
        <translation>새 IKE 정책 “%1”: %2, %3, %4, IKE %5, %6 모드, 수명 %7</translation>
    </message>
    <message>
        <source>Existing IKE policy “%1”</source>
        <translation>기존 IKE 정책 “%1”</translation>
    </message>
    <message>
        <source>New IPsec policy “%1”: %2 %3, %4, %5, %6, lifetime %7</source>
        <translation>새 IPsec 정책 “%1”: %2 %3, %4, %5, %6, 수명 %7</translation>
    </message>
    <message>
        <source>Existing IPsec policy “%1”</source>
        <translation>기존 IPsec 정책 “%1”</translation>
    </message>
    <message>
        <source>New VPN service “%1” on router %2 (gateway %3)</source>
        <translation>새 VPN 서비스 “%1”: 라우터 %2 (게이트웨이 %3)</translation>
    </message>
    <message>
        <source>Existing VPN service “%1”</source>
        <translation>기존 VPN 서비스 “%1”</translation>
    </message>
    <message>
        <source>New local endpoint group “%1”: %2</source>
        <translation>새 로컬 엔드포인트 그룹 “%1”: %2</translation>
    </message>
    <message>
        <source>New peer endpoint group “%1”: %2</source>
        <translation>새 피어 엔드포인트 그룹 “%1”: %2</translation>
    </message>
    <message>
        <source>Existing local endpoint group “%1”</source>
        <translation>기존 로컬 엔드포인트 그룹 “%1”</translation>
    </message>
    <message>
        <source>Existing peer endpoint group “%1”</source>
        <translation>기존 피어 엔드포인트 그룹 “%1”</translation>
    </message>
    <message>
        <source>New IPsec site connection “%1” to peer %2 (ID %3), pre-shared key set, DPD %4, MTU %5</source>
        <translation>새 IPsec 사이트 연결 “%1”: 피어 %2 (ID %3), 사전 공유 키 설정됨, DPD %4, MTU %5</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)…</source>
        <translation>%1 (%2/%3)…</translation>
    </message>
    <message>
        <source>Stop and undo</source>
        <translation>중지하고 되돌리기</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Undoing: %1…</source>
        <translation>되돌리는 중: %1…</translation>
    </message>
    <message>
        <source>New Site-to-Site VPN</source>
        <translation>새 사이트 간 VPN</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>생성(&amp;C)</translation>
    </message>
</context>
<context>
    <name>vpnaas::ui::SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <source>Check what will be created. Create sends it in this order; if a step fails, what this run created is deleted again.</source>
        <translation>생성될 항목을 확인하십시오. [생성]을 누르면 이 순서대로 요청하며, 한 단계라도 실패하면 이번 실행에서 생성한 항목을 다시 삭제합니다.</translation>
    </message>
    <message>
        <source>The same with the openstack CLI:</source>
        <translation>같은 작업을 openstack CLI로 수행하는 명령:</translation>
    </message>
    <message>
        <source>This connection will not come up: %1</source>
        <translation>이 연결은 올라오지 않습니다: %1</translation>
    </message>
    <message>
        <source>Cop&amp;y Commands</source>
        <translation>명령 복사(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;OpenStack CLI</source>
        <translation>openstack CLI(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;strongSwan Configuration</source>
        <translation>strongSwan 구성(&amp;S)</translation>
    </message>
    <message>
        <source>Summary views</source>
        <translation>요약 보기</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>보고서</translation>
    </message>
</context>
<context>
    <name>vpnaas::ui::TopologyScene</name>
    <message>
        <source>External network</source>
        <translation>외부 네트워크</translation>
    </message>
    <message>
        <source>Router</source>
        <translation>라우터</translation>
    </message>
    <message>
        <source>VPN service</source>
        <translation>VPN 서비스</translation>
    </message>
    <message>
        <source>Local networks</source>
        <translation>로컬 네트워크</translation>
    </message>
    <message>
        <source>IPsec site connection</source>
        <translation>IPsec 사이트 연결</translation>
    </message>
    <message>
        <source>Peer gateway</source>
        <translation>피어 게이트웨이</translation>
    </message>
    <message>
        <source>Peer networks</source>
        <translation>피어 네트워크</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>VPN topology exported by VPNaaS Console</source>
        <translation>VPNaaS Console에서 내보낸 VPN 토폴로지</translation>
    </message>
</context>
<context>
    <name>vpnaas::ui::TopologyView</name>
    <message>
        <source>Find a node (name, IP, CIDR)…</source>
        <translation>이름·IP·CIDR 검색…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>모든 상태</translation>
    </message>
    <message>
        <source>Show the whole topology</source>
        <translation>전체 토폴로지 표시</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>확대</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>축소</translation>
    </message>
    <message>
        <source>Save as PNG or SVG</source>
        <translation>PNG 또는 SVG로 저장</translation>
    </message>
    <message>
        <source>All routers</source>
        <translation>모든 라우터</translation>
    </message>
    <message>
        <source>Router %1</source>
        <translation>라우터 %1</translation>
    </message>
    <message>
        <source>%1 of %2 connections active</source>
        <translation>연결 %2개 중 %1개 활성</translation>
    </message>
    <message>
        <source>VPN topology</source>
        <translation>VPN 토폴로지</translation>
    </message>
    <message>
        <source>the image could not be encoded</source>
        <translation>이미지를 인코딩할 수 없음</translation>
    </message>
    <message>
        <source>Export topology</source>
        <translation>토폴로지 내보내기</translation>
    </message>
    <message>
        <source>SVG image (*.svg);;PNG image (*.png)</source>
        <translation>SVG 이미지 (*.svg);;PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 파일을 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>&amp;Diagnose…</source>
        <translation>진단(&amp;D)…</translation>
    </message>
    <message>
        <source>F&amp;it</source>
        <translation>화면 맞춤(&amp;I)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>내보내기(&amp;X)…</translation>
    </message>
</context>
<context>
    <name>vpnaas::ui::ViewStack</name>
    <message>
        <source>Topology</source>
        <translation>토폴로지</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>모니터링</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>구성</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>배포</translation>
    </message>
</context>
<context>
    <name>vpnaas::ui::VpnServicePage</name>
    <message>
        <source>The router that terminates the tunnels. Its external gateway IP is this side&apos;s VPN address.</source>
        <translation>터널이 종단되는 라우터입니다. 이 라우터의 외부 게이트웨이 IP가 이쪽의 VPN 주소가 됩니다.</translation>
    </message>
    <message>
        <source>Leave at “none” and use endpoint groups: a subnet here makes a legacy service whose connections take peer CIDRs.</source>
        <translation>“없음”으로 두고 엔드포인트 그룹을 사용하십시오. 여기에서 서브넷을 지정하면 연결에 피어 CIDR을 사용하는 레거시 서비스가 됩니다.</translation>
    </message>
    <message>
        <source>%1 — no external gateway</source>
        <translation>%1 — 외부 게이트웨이 없음</translation>
    </message>
    <message>
        <source>%1 — gateway %2</source>
        <translation>%1 — 게이트웨이 %2</translation>
    </message>
    <message>
        <source>%1 (router %2)</source>
        <translation>%1 (라우터 %2)</translation>
    </message>
    <message>
        <source>none — use endpoint groups (recommended)</source>
        <translation>없음 — 엔드포인트 그룹 사용(권장)</translation>
    </message>
    <message>
        <source>This project has no router. Create a router with an external gateway first.</source>
        <translation>이 프로젝트에 라우터가 없습니다. 먼저 외부 게이트웨이가 있는 라우터를 생성하십시오.</translation>
    </message>
    <message>
        <source>&amp;Administratively up</source>
        <translation>관리 상태 활성(&amp;A)</translation>
    </message>
    <message>
        <source>VPN Service</source>
        <translation>VPN 서비스</translation>
    </message>
    <message>
        <source>Optional, e.g. vpn</source>
        <translation>선택 사항, 예: vpn</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>이름(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>설명(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Router:</source>
        <translation>라우터(&amp;R):</translation>
    </message>
    <message>
        <source>Local &amp;subnet (legacy):</source>
        <translation>로컬 서브넷(레거시)(&amp;S):</translation>
    </message>
</context>
<context>
    <name>vpnaas::vici::SaInfo</name>
    <message>
        <source>%1: %2 &quot;%3&quot; is not a number</source>
        <translation>%1: %2 &quot;%3&quot;은(는) 숫자가 아님</translation>
    </message>
    <message>
        <source>CHILD_SA %1</source>
        <translation>CHILD_SA %1</translation>
    </message>
    <message>
        <source>IKE_SA %1</source>
        <translation>IKE_SA %1</translation>
    </message>
    <message>
        <source>child-rekey %1: no old and new sections</source>
        <translation>child-rekey %1: old 및 new 섹션이 없음</translation>
    </message>
</context>
<context>
    <name>vpnaas::vici::ViciClient</name>
    <message>
        <source>connection replaced</source>
        <translation>연결이 교체됨</translation>
    </message>
    <message>
        <source>connection to %1 closed</source>
        <translation>%1과(와)의 연결이 닫힘</translation>
    </message>
    <message>
        <source>%1: not connected to charon</source>
        <translation>%1: charon에 연결되어 있지 않음</translation>
    </message>
    <message>
        <source>%1 without a request</source>
        <translation>요청 없이 %1을(를) 받음</translation>
    </message>
    <message>
        <source>%1: charon does not know the event %2</source>
        <translation>%1: charon이 이벤트 %2을(를) 인식하지 못함</translation>
    </message>
    <message>
        <source>charon does not know the command %1</source>
        <translation>charon이 명령 %1을(를) 인식하지 못함</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 실패: %2</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>사유가 제공되지 않음</translation>
    </message>
    <message>
        <source>unexpected %1 while running %2</source>
        <translation>%2 실행 중 예기치 않은 %1을(를) 받음</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>protocol error from %1: %2</source>
        <translation>%1의 프로토콜 오류: %2</translation>
    </message>
    <message>
        <source>%1: no answer from %2 within %3 ms</source>
        <translation>%1: %3 ms 안에 %2의 응답 없음</translation>
    </message>
    <message>
        <source>connection dropped after a command timed out</source>
        <translation>명령 시간 초과 후 연결을 끊음</translation>
    </message>
</context>
<context>
    <name>vpnaas::vici::ViciCodec</name>
    <message>
        <source>name of %1 bytes is longer than 255: %2</source>
        <translation>이름 길이 %1바이트가 255바이트를 초과함: %2</translation>
    </message>
    <message>
        <source>value of %1 bytes is longer than 65535</source>
        <translation>값 길이 %1바이트가 65535바이트를 초과함</translation>
    </message>
    <message>
        <source>more than %1 elements</source>
        <translation>요소가 %1개를 초과함</translation>
    </message>
    <message>
        <source>sections nested deeper than %1</source>
        <translation>섹션 중첩이 %1단계보다 깊음</translation>
    </message>
    <message>
        <source>section %1 is not closed</source>
        <translation>섹션 %1이(가) 닫히지 않음</translation>
    </message>
    <message>
        <source>section end without a section</source>
        <translation>열린 섹션 없이 섹션 끝이 나타남</translation>
    </message>
    <message>
        <source>list %1 is not closed</source>
        <translation>목록 %1이(가) 닫히지 않음</translation>
    </message>
    <message>
        <source>element type %1 inside list %2</source>
        <translation>목록 %2 안에 요소 유형 %1이(가) 있음</translation>
    </message>
    <message>
        <source>list item outside a list</source>
        <translation>목록 밖에 목록 항목이 있음</translation>
    </message>
    <message>
        <source>list end outside a list</source>
        <translation>목록 밖에 목록 끝이 나타남</translation>
    </message>
    <message>
        <source>unknown element type %1</source>
        <translation>알 수 없는 요소 유형 %1</translation>
    </message>
    <message>
        <source>truncated: %1 name length missing</source>
        <translation>잘림: %1 이름 길이가 없음</translation>
    </message>
    <message>
        <source>truncated: %1 name of %2 bytes, %3 left</source>
        <translation>잘림: %1 이름은 %2바이트인데 %3바이트만 남음</translation>
    </message>
    <message>
        <source>truncated: value length missing</source>
        <translation>잘림: 값 길이가 없음</translation>
    </message>
    <message>
        <source>truncated: value of %1 bytes, %2 left</source>
        <translation>잘림: 값은 %1바이트인데 %2바이트만 남음</translation>
    </message>
    <message>
        <source>%1 at offset %2</source>
        <translation>%1(오프셋 %2)</translation>
    </message>
    <message>
        <source>packet name of %1 bytes is longer than 255</source>
        <translation>패킷 이름 길이 %1바이트가 255바이트를 초과함</translation>
    </message>
    <message>
        <source>empty packet</source>
        <translation>빈 패킷</translation>
    </message>
    <message>
        <source>unknown packet type %1</source>
        <translation>알 수 없는 패킷 유형 %1</translation>
    </message>
    <message>
        <source>truncated: %1 without a name length</source>
        <translation>잘림: %1에 이름 길이가 없음</translation>
    </message>
    <message>
        <source>%1 bytes after %2, which carries no message</source>
        <translation>메시지가 없는 %2 뒤에 %1바이트가 더 있음</translation>
    </message>
    <message>
        <source>packet of length 0</source>
        <translation>길이가 0인 패킷</translation>
    </message>
    <message>
        <source>packet of %1 bytes exceeds the limit of %2</source>
        <translation>%1바이트 패킷이 한도인 %2바이트를 초과함</translation>
    </message>
    <message>
        <source>truncated frame: %1 bytes</source>
        <translation>잘린 프레임: %1바이트</translation>
    </message>
    <message>
        <source>%1 bytes after the frame</source>
        <translation>프레임 뒤에 %1바이트가 더 있음</translation>
    </message>
</context>
<context>
    <name>vpnaas::vici::ViciConnection</name>
    <message>
        <source>not a VICI socket URI (unix:///path or tcp://host:port): %1</source>
        <translation>VICI 소켓 URI(unix:///path 또는 tcp://host:port)가 아님: %1</translation>
    </message>
    <message>
        <source>%1 closed the connection</source>
        <translation>%1이(가) 연결을 닫음</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>%1에 연결할 수 없음: %2</translation>
    </message>
    <message>
        <source>connection to %1 lost: %2</source>
        <translation>%1과(와)의 연결이 끊어짐: %2</translation>
    </message>
    <message>
        <source>malformed packet from %1: %2</source>
        <translation>%1에서 잘못된 형식의 패킷을 받음: %2</translation>
    </message>
    <message>
        <source>not connected to %1</source>
        <translation>%1에 연결되어 있지 않음</translation>
    </message>
    <message>
        <source>cannot encode %1 %2: %3</source>
        <translation>%1 %2을(를) 인코딩할 수 없음: %3</translation>
    </message>
    <message>
        <source>no socket at %1 (is charon running with the vici plugin, is the SSH forward up?)</source>
        <translation>%1에 소켓이 없음(charon이 vici 플러그인과 함께 실행 중인지, SSH 포워딩이 활성 상태인지 확인하십시오)</translation>
    </message>
    <message>
        <source>nothing listens on %1 (charon stopped?)</source>
        <translation>%1에서 수신 대기 중인 프로세스가 없음(charon이 중지되었을 수 있음)</translation>
    </message>
    <message>
        <source>no permission to open %1</source>
        <translation>%1을(를) 열 권한이 없음</translation>
    </message>
</context>
<context>
    <name>vpnaas::vici::ViciEventListener</name>
    <message>
        <source>charon does not know the event %1</source>
        <translation>charon이 이벤트 %1을(를) 인식하지 못함</translation>
    </message>
    <message>
        <source>protocol error from %1: unexpected %2</source>
        <translation>%1의 프로토콜 오류: 예기치 않은 %2</translation>
    </message>
    <message>
        <source>no answer from %1 to registering %2 within %3 ms</source>
        <translation>%3 ms 안에 %2 등록에 대한 %1의 응답 없음</translation>
    </message>
</context>
</TS>
