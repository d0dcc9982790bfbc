// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "itemmodels/resourcekind.h"

#include <QList>
#include <QObject>

class QAction;
class QActionGroup;
class QComboBox;
class QMainWindow;

namespace vpnaas::ui {

/*!
 * The main window's actions with its toolbar and menus. The actions report what the user asked
 * for through signals (refresh, edit, delete, a wizard, a view, ...); the window decides what
 * that means and tells update() what is possible now.
 */
class MainActions : public QObject
{
    Q_OBJECT

public:
    /*! What the window can do now. */
    struct State {
        bool connected = false;
        bool hasVpnaas = true; // the cloud offers the extension (the wizards need it)
        qsizetype selected = 0; // rows selected in the resource table on screen
        bool connectionSelected = false; // exactly one IPsec site connection
        bool canDiagnose = false; // the view on screen has one connection chosen (browser, monitoring)
        bool pskRevealed = false;
        bool canResetSandbox = false;
        bool canForgetPassword = false; // a cloud whose password may be in the system keyring
    };
    /*! An entry of the View menu: the view's name and its title. */
    struct ViewEntry {
        QString name;
        QString title;
    };

    /*! Adds the toolbar (with \a cloudSelector) and the menus to \a window, which owns this. */
    /*! \a scopeSelector (region and project switchers) follows the cloud selector in the toolbar. */
    MainActions(QMainWindow *window, QComboBox *cloudSelector, QWidget *scopeSelector, const QList<ViewEntry> &views);
    ~MainActions() override;

    void update(const State &state);
    /*! Checks the auto-refresh choice of \a seconds. */
    void setAutoRefreshInterval(int seconds);

Q_SIGNALS:
    void refreshRequested();
    void editRequested();
    void deleteRequested();
    void pskRevealToggled(bool revealed);
    void copyIdRequested();
    void diagnoseRequested();
    void siteToSiteWizardRequested();
    void resourceWizardRequested(vpnaas::ResourceKind kind);
    void resetSandboxRequested();
    void forgetPasswordRequested();
    void autoRefreshChosen(int seconds);
    void viewRequested(const QString &name);
    /*! Settings ▸ Configure VPNaaS Console… */
    void configureRequested();
    void handbookRequested(); // Help ▸ Handbook (F1)

private:
    void createActions();
    void createToolBar(QComboBox *cloudSelector, QWidget *scopeSelector);
    void createMenus(const QList<ViewEntry> &views);

    QMainWindow *m_window;
    QAction *m_refresh = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_reveal = nullptr;
    QAction *m_copyId = nullptr;
    QAction *m_diagnose = nullptr;
    QAction *m_guided = nullptr;
    QList<QAction *> m_newActions;
    QAction *m_resetSandbox = nullptr;
    QAction *m_forgetPassword = nullptr;
    QActionGroup *m_autoRefreshGroup = nullptr;
};

} // namespace vpnaas::ui
