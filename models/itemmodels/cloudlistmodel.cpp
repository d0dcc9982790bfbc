// SPDX-License-Identifier: Apache-2.0
#include "cloudlistmodel.h"

#include <QCoreApplication>
#include <QDir>

using namespace Qt::StringLiterals;

namespace vpnaas {
namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(vpnaas::CloudListModel)
};
} // namespace

CloudListModel::CloudListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

QString CloudListModel::sandboxName()
{
    return u"Sandbox"_s;
}

void CloudListModel::setClouds(const openstack::CloudConfig &config)
{
    beginResetModel();
    m_config = config;
    endResetModel();
}

int CloudListModel::rowOf(const QString &name) const
{
    for (int row = 0; row < m_config.clouds.size(); ++row) {
        if (m_config.clouds[row].name == name)
            return row;
    }
    return name == sandboxName() ? sandboxRow() : -1;
}

const openstack::CloudProfile *CloudListModel::profileAt(int row) const
{
    return row >= 0 && row < m_config.clouds.size() ? &m_config.clouds[row] : nullptr;
}

int CloudListModel::initialRow(const QString &remembered) const
{
    // A cloud the environment names (OS_CLOUD, or the OS_* variables) is the user's choice for
    // this start; the remembered one is for when none is named.
    if (!m_config.defaultCloud.isEmpty() && rowOf(m_config.defaultCloud) >= 0)
        return rowOf(m_config.defaultCloud);
    if (!remembered.isEmpty() && rowOf(remembered) >= 0)
        return rowOf(remembered);
    return m_config.clouds.isEmpty() ? sandboxRow() : 0;
}

int CloudListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_config.clouds.size()) + 1;
}

QVariant CloudListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const bool sandbox = index.row() == sandboxRow();
    const openstack::CloudProfile *profile = profileAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (sandbox)
            return Text::tr("Sandbox (offline, simulated)");
        if (!profile->projectName.isEmpty())
            return Text::tr("%1 — %2").arg(profile->name, profile->projectName);
        return profile->name;
    case Qt::ToolTipRole:
    case SourceRole:
        if (sandbox)
            return Text::tr("The built-in offline cloud: an emulated Neutron VPNaaS API with a simulated agent");
        return profile->source == u"environment"_s ? Text::tr("OS_* environment variables")
                                                   : QDir::toNativeSeparators(profile->source);
    case NameRole:
        return sandbox ? sandboxName() : profile->name;
    case IsSandboxRole:
        return sandbox;
    default:
        return {};
    }
}

} // namespace vpnaas
