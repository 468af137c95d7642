// The main window: the logon and impersonation workbench.
//
// Logon panel, effective user (process beside the impersonating worker thread, and what changed),
// privilege panel with a readiness light, "as the user" actions, and the activity log with a
// report to copy or save. Every action runs on SessionController's worker thread.
#pragma once

#include <QMainWindow>
#include <functional>
#include <vector>

#include "activity_log.hpp"
#include "session_worker.hpp"

class QActionGroup;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTableWidget;

namespace tokenscope::gui {

class PasswordField;
struct PrivilegeHygiene;

class ConstantsBrowser;
class ProcessBrowser;
class ReportComparison;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] SessionController& session() { return *session_; }
    [[nodiscard]] const ActivityLog& activity() const { return log_; }
    [[nodiscard]] QString reportMarkdown() const;
    [[nodiscard]] QByteArray reportJson() const;
    // The PAM service LOGON32_PROVIDER_DEFAULT uses (default "login"; `tokenscope --pam-service`).
    void setPamService(const QString& service) { pamService_ = service; }

    // True once the logon drop-downs have been checked against the constants database.
    [[nodiscard]] bool constantsChecked() const { return constantsChecked_; }
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

private:
    // Sets every visible string again in the current language: the fixed texts registered with
    // translated(), then what shows the worker's state, the logs and the status bar.
    void retranslateUi();
    // Runs `apply` now and again on every language change (it sets one widget's texts).
    void translated(std::function<void()> apply);
    // A status bar message that follows the language while it shows.
    void showStatus(std::function<QString()> message, int timeout = 0);
    void updateChoiceTips();
    void addLogRow(const ActivityEntry& entry);

    QWidget* buildLogonPanel();
    QWidget* buildIdentityPanel();
    QWidget* buildPrivilegePanel();
    QWidget* buildAsUserPanel();
    QWidget* buildActivityPanel();
    void buildMenus();
    void populateLogonChoices();
    void applyConstantValues();
    void restoreSettings();
    void saveSettings() const;

    void onFinished(const Outcome& outcome);
    void logPrivilegeHygiene(const PrivilegeHygiene& hygiene);
    void onState(const WorkerState& state);
    void onBusy(bool busy);
    void showIdentity(const WorkerState& state);
    void showPrivileges(const WorkerState& state);
    // The privilege panel's "Needed for" texts of one privilege, naming the process that needs it.
    [[nodiscard]] static QStringList neededFor(const Privilege& privilege);
    void showAccess(const Outcome& outcome);
    void showAccount(const AccountStatus& status);
    void showLogonResult(const Outcome& outcome);
    // The whole activity entry `row` in a dialog of its own (double-click or Enter on the row).
    void showLogEntry(int row);
    // "As tsuser" while someone is logged on; the panel's plain name otherwise.
    [[nodiscard]] QString asUserTitle(const WorkerState& state) const;
    void updateButtons();
    void setSelectedPrivilege(bool enable);

    SessionController* session_ = nullptr;
    ActivityLog log_;
    QString pamService_ = QStringLiteral("login");
    bool constantsChecked_ = false;

    QLineEdit* userEdit_ = nullptr;
    QLineEdit* domainEdit_ = nullptr;
    PasswordField* passwordEdit_ = nullptr;
    QComboBox* typeCombo_ = nullptr;
    QComboBox* providerCombo_ = nullptr;
    QPushButton* logonButton_ = nullptr;
    QPushButton* impersonateButton_ = nullptr;
    QPushButton* revertButton_ = nullptr;
    QPushButton* logoffButton_ = nullptr;
    QLabel* sessionLabel_ = nullptr;
    QLabel* existingLabel_ = nullptr;
    QPushButton* checkAccountButton_ = nullptr;
    QGroupBox* asUserBox_ = nullptr;
    QLabel* accessCaption_ = nullptr;  // "/etc/shadow as tsuser (impersonated)"
    QLabel* logonResultLabel_ = nullptr;  // the last logon's result under the buttons, failures in red
    QString rememberedUser_, rememberedDomain_;  // the last user that logged on (what is saved)
    std::optional<Outcome> lastLogon_;            // shown again in a new language
    QSplitter* mainSplitter_ = nullptr;           // the panels above, the activity log below
    QLabel* accountLabel_ = nullptr;  // the last account check: can log on, or why not

    QTableWidget* identityTable_ = nullptr;
    QTableWidget* groupsTable_ = nullptr;  // the worker thread's groups with their attributes

    QLabel* lightLabel_ = nullptr;
    QLabel* verdictLabel_ = nullptr;
    QTableWidget* privilegeTable_ = nullptr;
    QPushButton* enableButton_ = nullptr;
    QPushButton* disableButton_ = nullptr;

    QLineEdit* pathEdit_ = nullptr;
    QPushButton* probeButton_ = nullptr;
    QTableWidget* accessTable_ = nullptr;
    QLineEdit* commandEdit_ = nullptr;
    QPushButton* runButton_ = nullptr;

    QTableWidget* logTable_ = nullptr;
    Outcome lastAccess_;  // the access table's checks, shown again in a new language

    QActionGroup* languageGroup_ = nullptr;
    std::vector<std::function<void()>> retranslations_;
    std::function<QString()> status_;
    QString statusShown_;
    bool stateShown_ = false;  // the worker has reported its state at least once

    ConstantsBrowser* browser_ = nullptr;
    ProcessBrowser* processes_ = nullptr;
    ReportComparison* comparison_ = nullptr;
    QProgressBar* busyBar_ = nullptr;
    QPushButton* cancelButton_ = nullptr;
};

}  // namespace tokenscope::gui
