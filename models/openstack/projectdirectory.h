// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "apierror.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class QNetworkAccessManager;

namespace vpnaas::openstack {

class HttpExchange;
class Session;

/*! One Keystone project as the console shows it. */
struct ProjectInfo {
    QString id;
    QString name;
    QString domainId;
    bool operator==(const ProjectInfo &other) const = default;
};

/*!
 * The projects of the signed-in user (Keystone's GET /v3/auth/projects, what Horizon's project
 * switcher offers) and, for a token with the admin role, the names of every project
 * (GET /v3/projects), so that an admin's "All projects" view can name the owner of each resource.
 * When Keystone does not allow the second list (403), names of other projects stay unknown and
 * are shown as ids; nothing else depends on them.
 *
 * Reads through \a session's token; never sends anything but the token. fetch() may be called
 * again (a new token, a project switch); a fetch in flight is dropped then.
 */
class ProjectDirectory : public QObject
{
    Q_OBJECT

public:
    ProjectDirectory(Session *session, QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ProjectDirectory() override;

    void fetch();
    bool isLoaded() const { return m_loaded; }
    /*! The user's projects, sorted by name. */
    const QList<ProjectInfo> &projects() const { return m_projects; }
    /*! The name of project \a id, if Keystone told it (the user's projects, or all for an admin). */
    QString nameOf(const QString &id) const { return m_names.value(id); }
    const QHash<QString, QString> &names() const { return m_names; }

Q_SIGNALS:
    void changed();
    void failed(const vpnaas::openstack::ApiError &error);

private:
    void get(const QString &path, std::function<void(const ApiError &, const QList<ProjectInfo> &)> done);

    QPointer<Session> m_session;
    QNetworkAccessManager *m_network;
    QList<QPointer<HttpExchange>> m_exchanges;
    QList<ProjectInfo> m_projects;
    QHash<QString, QString> m_names;
    quint64 m_generation = 0;
    bool m_loaded = false;
};

/*! The projects of a Keystone v3 "projects" list body; nothing when it is not one. */
QList<ProjectInfo> parseProjects(const QByteArray &body, bool *ok = nullptr);

} // namespace vpnaas::openstack
