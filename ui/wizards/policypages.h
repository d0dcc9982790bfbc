// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "resourcepage.h"

#include "vpnaas/ikepolicy.h"
#include "vpnaas/ipsecpolicy.h"

class QButtonGroup;
class QGroupBox;
class QLineEdit;
class QSpinBox;

namespace vpnaas::ui {

class NewOrExisting;

/*!
 * Shared by the IKE and IPsec policy pages: "new or existing" choice (guided wizard only), name,
 * description and lifetime. Algorithm lists come from the server's capabilities (extension
 * probe); the strong choices are preselected and the server's defaults are marked.
 */
class PolicyPageBase : public DraftPage
{
    Q_OBJECT

public:
    /*! \a title heads the page; \a exampleName is the example in the name's placeholder. */
    PolicyPageBase(Workspace *workspace, const QString &title, const QString &exampleName, QWidget *parent = nullptr);

    void setName(const QString &name);

protected:
    QFormLayout *form() const { return m_form; }
    QString name() const;
    QString description() const;
    qint64 lifetime() const;
    void fillExisting(const QList<std::pair<QString, QString>> &idsAndNames);

    QLineEdit *m_name = nullptr;
    QLineEdit *m_description = nullptr;
    QSpinBox *m_lifetime = nullptr;

private:
    QFormLayout *m_form = nullptr;
    NewOrExisting *m_choice = nullptr;
    QWidget *m_formWidget = nullptr;
};

using IkePolicyPageBase = ResourcePage<IkePolicy, PolicyPageBase>;
using IpsecPolicyPageBase = ResourcePage<IpsecPolicy, PolicyPageBase>;

/*! IKE (phase 1) policy: encryption, integrity, DH group, IKE version, phase 1 mode, lifetime. */
class IkePolicyPage : public IkePolicyPageBase
{
    Q_OBJECT

public:
    explicit IkePolicyPage(Workspace *workspace, QWidget *parent = nullptr);
    void initializePage() override;
    IkePolicyDraft draft() const override;

protected:
    void showResource(const IkePolicy &policy) override;
    Problems validateDraft() const override;

private:
    QComboBox *m_encryption, *m_auth, *m_pfs, *m_version, *m_mode;
};

/*! IPsec (phase 2) policy: transform protocol, encapsulation, encryption, integrity, PFS, lifetime. */
class IpsecPolicyPage : public IpsecPolicyPageBase
{
    Q_OBJECT

public:
    explicit IpsecPolicyPage(Workspace *workspace, QWidget *parent = nullptr);
    void initializePage() override;
    IpsecPolicyDraft draft() const override;

protected:
    void showResource(const IpsecPolicy &policy) override;
    Problems validateDraft() const override;

private:
    QComboBox *m_transform, *m_encapsulation, *m_encryption, *m_auth, *m_pfs;
};

} // namespace vpnaas::ui
