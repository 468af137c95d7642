// The main window: the logon and impersonation workbench.
//
// It lays out the panels (app/gui/panels: logon, effective user, privileges, as the user,
// activity), wires their requests to SessionController, whose worker thread runs every action,
// and feeds them the worker's state and the actions' outcomes. It owns the menus, the status bar
// and the tool windows (constants browser, processes, report comparison).
#pragma once

#include <QMainWindow>
#include <functional>
#include <vector>

#include "activity_log.hpp"
#include "panels/panel.hpp"
#include "session_worker.hpp"

class QActionGroup;
class QProgressBar;
class QPushButton;
class QSplitter;

namespace tokenscope::gui {

struct PrivilegeHygiene;

class ActivityPanel;
class AsUserPanel;
class ConstantsBrowser;
class IdentityPanel;
class LogonPanel;
class PrivilegePanel;
class ProcessBrowser;
class ReportComparison;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] SessionController& session() { return *session_; }
    [[nodiscard]] const ActivityLog& activity() const;
    [[nodiscard]] QString reportMarkdown() const;
    [[nodiscard]] QByteArray reportJson() const;
    // The PAM service LOGON32_PROVIDER_DEFAULT uses (default "login"; `tokenscope --pam-service`).
    void setPamService(const QString& service);

    // True once the logon drop-downs have been checked against the constants database.
    [[nodiscard]] bool constantsChecked() const;
    // Tools → Constants browser…: one window, made on first use.
    ConstantsBrowser* constantsBrowser();
    // Tools → Processes…: one window, made on first use.
    ProcessBrowser* processBrowser();
    // Tools → Compare reports…: one window, made on first use.
    ReportComparison* reportComparison();

public slots:
    void logOn();
    void refresh();
    void copyReport();
    void saveReport();

protected:
    void closeEvent(QCloseEvent* event) override;
    // QEvent::LanguageChange (View → Language, or any translator installed): retranslateUi().
    void changeEvent(QEvent* event) override;
    // The first show places the splitter: as saved, or with Activity seven rows high.
    void showEvent(QShowEvent* event) override;

private:
    // Sets the window's own texts (title, menus, status bar) again in the current language; each
    // panel does the same for itself.
    void retranslateUi();
    // Runs `apply` now and again on every language change (it sets one widget's texts).
    void translated(std::function<void()> apply);
    // A status bar message that follows the language while it shows.
    void showStatus(StatusText message, int timeout = 0);

    void buildMenus();
    void wirePanels();
    void restoreSettings();
    void saveSettings() const;

    void onFinished(const Outcome& outcome);
    void logPrivilegeHygiene(const PrivilegeHygiene& hygiene);
    void onState(const WorkerState& state);
    void onBusy(bool busy);
    // Gives the effective-user panel the height its main rows need, taken from the privileges'.
    void fitIdentity();

    SessionController* session_ = nullptr;
    LogonPanel* logon_ = nullptr;
    IdentityPanel* identity_ = nullptr;
    PrivilegePanel* privileges_ = nullptr;
    AsUserPanel* asUser_ = nullptr;
    ActivityPanel* activity_ = nullptr;
    QSplitter* mainSplitter_ = nullptr;   // the panels above, the activity log below
    QSplitter* tokenSplitter_ = nullptr;  // effective user above, privileges below
    bool splitterPlaced_ = false;        // set on the first show: restored, or Activity with seven rows

    QActionGroup* languageGroup_ = nullptr;
    std::vector<std::function<void()>> retranslations_;
    StatusText status_;
    QString statusShown_;

    ConstantsBrowser* browser_ = nullptr;
    ProcessBrowser* processes_ = nullptr;
    ReportComparison* comparison_ = nullptr;
    QProgressBar* busyBar_ = nullptr;
    QPushButton* cancelButton_ = nullptr;
};

}  // namespace tokenscope::gui
