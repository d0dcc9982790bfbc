// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "resourcepage.h"

#include "vpnaas/endpointgroup.h"

class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QStackedWidget;

namespace vpnaas::ui {

class NewOrExisting;

/*!
 * Endpoint group: type subnet (local side; the subnets attached to a chosen router, checkable)
 * or type cidr (peer side; one CIDR per line). The guided wizard fixes the type and the router
 * and may reuse an existing group of that type.
 */
class EndpointGroupPage : public ResourcePage<EndpointGroup>
{
    Q_OBJECT

public:
    explicit EndpointGroupPage(Workspace *workspace, QWidget *parent = nullptr);
    void initializePage() override;

    /*! Only \a type is offered (guided wizard: local = subnet, peer = cidr). */
    void setFixedType(EndpointGroupType type);
    /*! Subnets offered are \a routerId's interfaces (guided wizard: the service's router). */
    void setFixedRouter(const QString &routerId);
    void setName(const QString &name);
    void setCidrs(const QStringList &cidrs);

    EndpointGroupType type() const;
    EndpointGroupDraft draft() const override;

protected:
    /*! Edit mode: only name and description can change. */
    void showResource(const EndpointGroup &group) override;
    Problems validateDraft() const override;

private:
    void fillRouters();
    void fillSubnets();
    void fillExisting();

    NewOrExisting *m_choice;
    QWidget *m_formWidget;
    QLineEdit *m_name, *m_description;
    QComboBox *m_type;
    QStackedWidget *m_endpointsStack;
    QComboBox *m_router;
    QListWidget *m_subnets;
    QPlainTextEdit *m_cidrs;
    QString m_fixedRouter;
    bool m_typeFixed = false;
};

} // namespace vpnaas::ui
