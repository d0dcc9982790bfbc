// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "draftpage.h"

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
    PolicyPageBase(Workspace *workspace, const QString &title, QWidget *parent = nullptr);

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

/*! IKE (phase 1) policy: encryption, integrity, DH group, IKE version, phase 1 mode, lifetime. */
class IkePolicyPage : public PolicyPageBase
{
    Q_OBJECT

public:
    explicit IkePolicyPage(Workspace *workspace, QWidget *parent = nullptr);
    void initializePage() override;
    IkePolicyDraft draft() const;
    /*! Edit mode: shows \a policy; draft() then holds only what changed. */
    void load(const IkePolicy &policy);

protected:
    Problems validateDraft() const override;

private:
    QComboBox *m_encryption, *m_auth, *m_pfs, *m_version, *m_mode;
    std::optional<IkePolicy> m_original;
};

/*! IPsec (phase 2) policy: transform protocol, encapsulation, encryption, integrity, PFS, lifetime. */
class IpsecPolicyPage : public PolicyPageBase
{
    Q_OBJECT

public:
    explicit IpsecPolicyPage(Workspace *workspace, QWidget *parent = nullptr);
    void initializePage() override;
    IpsecPolicyDraft draft() const;
    void load(const IpsecPolicy &policy);

protected:
    Problems validateDraft() const override;

private:
    QComboBox *m_transform, *m_encapsulation, *m_encryption, *m_auth, *m_pfs;
    std::optional<IpsecPolicy> m_original;
};

} // namespace vpnaas::ui
