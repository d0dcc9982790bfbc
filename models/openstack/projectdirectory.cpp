// SPDX-License-Identifier: Apache-2.0
#include "projectdirectory.h"

#include "httpexchange.h"
#include "openstacklogging.h"
#include "session.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

namespace vpnaas::openstack {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(vpnaas::ProjectDirectory)
};

} // namespace

QList<ProjectInfo> parseProjects(const QByteArray &body, bool *ok)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    const QJsonValue list = document.object().value(u"projects");
    if (ok)
        *ok = parseError.error == QJsonParseError::NoError && list.isArray();
    QList<ProjectInfo> projects;
    for (const QJsonValue &value : list.toArray()) {
        const QJsonObject project = value.toObject();
        const QString id = project.value(u"id").toString();
        if (id.isEmpty())
            continue;
        projects.append({id, project.value(u"name").toString(), project.value(u"domain_id").toString()});
    }
    std::sort(projects.begin(), projects.end(), [](const ProjectInfo &a, const ProjectInfo &b) {
        const int byName = QString::localeAwareCompare(a.name, b.name);
        return byName != 0 ? byName < 0 : a.id < b.id;
    });
    return projects;
}

ProjectDirectory::ProjectDirectory(Session *session, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_network(network)
{
}

ProjectDirectory::~ProjectDirectory()
{
    for (const QPointer<HttpExchange> &exchange : std::as_const(m_exchanges))
        delete exchange.data();
}

void ProjectDirectory::get(const QString &path, std::function<void(const ApiError &, const QList<ProjectInfo> &)> done)
{
    if (!m_session || !m_network || !m_session->identityUrl().isValid()) {
        ApiError error;
        error.kind = ApiError::Kind::Configuration;
        error.message = Text::tr("this cloud has no Keystone to ask for projects");
        done(error, {});
        return;
    }
    QUrl url = m_session->identityUrl();
    url.setPath(url.path() + path);
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("User-Agent", "vpnaas-console");
    m_session->prepare(request);
    qCInfo(lcOpenStack).noquote() << "GET" << url.toString(QUrl::RemoveUserInfo);
    auto *exchange = new HttpExchange(m_network, request, "GET", {}, m_session->timeouts(), this);
    m_exchanges.removeIf([](const QPointer<HttpExchange> &e) { return !e; });
    m_exchanges.append(exchange);
    connect(exchange, &HttpExchange::done, this,
            [exchange, url, done = std::move(done)](const HttpExchange::Result &result) {
                exchange->deleteLater();
                qCInfo(lcOpenStack).noquote()
                    << "GET" << url.toString(QUrl::RemoveUserInfo) << "->"
                    << (result.failure == HttpExchange::Failure::None ? QString::number(result.status)
                                                                      : result.networkErrorString);
                ApiError error;
                error.method = u"GET"_s;
                error.url = url;
                error.httpStatus = result.status;
                error.requestId = result.requestId;
                if (result.failure != HttpExchange::Failure::None) {
                    error.kind = ApiError::Kind::Network;
                    error.message = result.networkErrorString.isEmpty() ? Text::tr("Keystone did not answer")
                                                                        : result.networkErrorString;
                    done(error, {});
                    return;
                }
                if (result.status != 200) {
                    error.kind = ApiError::kindForStatus(result.status);
                    error.message = plainErrorText(result.body, result.contentType, result.status);
                    done(error, {});
                    return;
                }
                bool ok = false;
                const QList<ProjectInfo> projects = parseProjects(result.body, &ok);
                if (!ok) {
                    error.kind = ApiError::Kind::InvalidReply;
                    error.message = Text::tr("Keystone's project list is not readable");
                    done(error, {});
                    return;
                }
                done({}, projects);
            });
}

void ProjectDirectory::fetch()
{
    const quint64 generation = ++m_generation;
    for (const QPointer<HttpExchange> &exchange : std::as_const(m_exchanges))
        delete exchange.data();
    m_exchanges.clear();
    if (!m_session)
        return;
    m_session->withToken(this, [this, generation](const ApiError &error) {
        if (generation != m_generation)
            return;
        if (error.isError()) {
            Q_EMIT failed(error);
            return;
        }
        get(u"/auth/projects"_s, [this, generation](const ApiError &listError, const QList<ProjectInfo> &mine) {
            if (generation != m_generation)
                return;
            if (listError.isError()) {
                Q_EMIT failed(listError);
                return;
            }
            m_projects = mine;
            m_names.clear();
            for (const ProjectInfo &project : mine)
                m_names.insert(project.id, project.name);
            m_loaded = true;
            Q_EMIT changed();
            if (!m_session || !m_session->isAdmin())
                return;
            // An admin's view names every owner, when Keystone lets the token list projects.
            get(u"/projects"_s, [this, generation](const ApiError &allError, const QList<ProjectInfo> &all) {
                if (generation != m_generation)
                    return;
                if (allError.isError()) {
                    qCInfo(lcOpenStack) << "project names of other projects stay unknown:" << allError.userMessage();
                    return;
                }
                for (const ProjectInfo &project : all)
                    m_names.insert(project.id, project.name);
                Q_EMIT changed();
            });
        });
    });
}

} // namespace vpnaas::openstack
