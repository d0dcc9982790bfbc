// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "resourcepage.h"

#include "vpnaas/vpnservice.h"

class QCheckBox;
class QFormLayout;
class QLineEdit;

namespace vpnaas::ui {

class NewOrExisting;

/*!
 * VPN service: the router (shown with its gateway IP; routers without a gateway are listed but
 * refused with the server's reason), an optional legacy subnet among the router's interfaces,
 * admin state. In the guided wizard it can reuse the router's existing service instead.
 */
class VpnServicePage : public ResourcePage<VpnService>
{
    Q_OBJECT

public:
    explicit VpnServicePage(Workspace *workspace, QWidget *parent = nullptr);
    void initializePage() override;

    /*! The router of the new or existing service. */
    QString routerId() const;
    VpnServiceDraft draft() const override;
    void setName(const QString &name);
    /*! Hides the legacy subnet choice (the guided wizard uses endpoint groups). */
    void setLegacySubnetOffered(bool offered);

protected:
    /*! Edit mode: router and subnet cannot change. */
    void showResource(const VpnService &service) override;
    Problems validateDraft() const override;

private:
    void fillSubnets();

    NewOrExisting *m_choice;
    QWidget *m_formWidget;
    QLineEdit *m_name, *m_description;
    QComboBox *m_router, *m_subnet;
    QCheckBox *m_adminUp;
    QFormLayout *m_form = nullptr;
};

} // namespace vpnaas::ui
