// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

namespace vpnaas {
class Workspace;
} // namespace vpnaas

namespace vpnaas::ui {

/*!
 * The toolbar's region and project switchers, beside the cloud selector: every region of the
 * cloud's `regions:` (shown when there is more than one), the user's projects (Keystone's
 * /v3/auth/projects) and, for a token with the admin role, "All projects"; in that mode a project
 * filter for the tables (and the project new resources are created in).
 *
 * It only asks (regionChosen, projectChosen, allProjectsChosen, projectFilterChanged); the window
 * confirms and switches, so a guided run is never cut off unasked.
 */
class ScopeSelector : public QWidget
{
    Q_OBJECT

public:
    explicit ScopeSelector(Workspace *workspace, QWidget *parent = nullptr);

    QComboBox *regionBox() const { return m_region; }
    QComboBox *projectBox() const { return m_project; }
    QComboBox *filterBox() const { return m_filter; }
    /*! The project the tables show in All projects mode; empty: every project. */
    QString projectFilter() const;

    /*! Rebuilds the lists from the workspace (its profile, token, projects and mode). */
    void update();

Q_SIGNALS:
    void regionChosen(const QString &region);
    void projectChosen(const QString &projectId);
    void allProjectsChosen();
    void projectFilterChanged(const QString &projectId);

private:
    Workspace *m_workspace;
    QLabel *m_regionLabel;
    QComboBox *m_region;
    QLabel *m_projectLabel;
    QComboBox *m_project;
    QLabel *m_filterLabel;
    QComboBox *m_filter;
    bool m_updating = false;
};

} // namespace vpnaas::ui
