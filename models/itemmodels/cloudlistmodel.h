// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "openstack/cloudprofile.h"

#include <QAbstractListModel>

namespace vpnaas {

/*!
 * The cloud selector: every cloud clouds.yaml and the OS_* variables define, then the built-in
 * sandbox (always last, always there). The sandbox row has no profile; the caller connects it.
 */
class CloudListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        NameRole = Qt::UserRole + 1,
        IsSandboxRole,
        /*! Where the cloud was defined: a file name, "environment", or the sandbox's description. */
        SourceRole,
    };

    explicit CloudListModel(QObject *parent = nullptr);

    void setClouds(const openstack::CloudConfig &config);
    const openstack::CloudConfig &config() const { return m_config; }

    /*! The name the sandbox row carries ("Sandbox"). */
    static QString sandboxName();
    int sandboxRow() const { return int(m_config.clouds.size()); }
    int rowOf(const QString &name) const;
    /*! The profile of \a row, or nullptr for the sandbox row and invalid rows. */
    const openstack::CloudProfile *profileAt(int row) const;
    /*!
     * The row to select at start: the cloud the environment names (CloudConfig::defaultCloud:
     * OS_CLOUD, or "envvars"), else \a remembered if it still exists, else the first cloud, else
     * the sandbox.
     */
    int initialRow(const QString &remembered) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    openstack::CloudConfig m_config;
};

} // namespace vpnaas
