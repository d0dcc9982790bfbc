// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;
class QTabWidget;

namespace vpnaas::ui {

/*!
 * The console's main window: navigation by resource type on the left, the selected view on the
 * right, cloud and refresh state in the status bar. Views are picked by name (setView) so that
 * the command line and tests can show any of them.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /*! The names setView() accepts, e.g. "resources", "preview". */
    static QStringList viewNames();
    /*! Shows the view named \a name; false (and nothing changes) for an unknown name. */
    bool setView(const QString &name);
    QString currentView() const;

    void setCloudDescription(const QString &text);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    QWidget *createWelcomePage();
    QWidget *createPreviewPage();
    void restoreSettings();

    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_cloudLabel = nullptr;
};

} // namespace vpnaas::ui
