// The logon panel: user, domain, password, logon type and provider; Log on, Impersonate, Revert
// to self, Log off and Check account; the last logon's result and account check under the
// buttons, and the token the worker holds.
#pragma once

#include <optional>

#include "panel.hpp"
#include "session_worker.hpp"
#include "tokenscope/logon.hpp"

class QComboBox;
class QSettings;

namespace tokenscope::gui {

class PasswordField;

class LogonPanel : public Panel {
    Q_OBJECT

public:
    explicit LogonPanel(QWidget* parent = nullptr);

    // The PAM service LOGON32_PROVIDER_DEFAULT uses (default "login"; `tokenscope --pam-service`).
    void setPamService(const QString& service) { pamService_ = service; }
    // What the fields ask for; empty user when none is typed.
    [[nodiscard]] LogonRequest request() const;
    // The password, moved out of the field's wiped buffer; the field is left empty.
    [[nodiscard]] Password takePassword();
    // Focus where typing starts: the password when a user is remembered, else the user name.
    void focusFirstField();
    [[nodiscard]] QWidget* lastInTabOrder() const;

    // The drop-downs' values, checked against the constants database once it has loaded.
    void applyConstantValues();
    [[nodiscard]] bool constantsChecked() const { return constantsChecked_; }

    void showState(const WorkerState& state, bool busy);
    void showLogonResult(const Outcome& outcome);
    void showAccount(const AccountStatus& status);

    void restoreSettings(const QSettings& settings);
    void saveSettings(QSettings& settings) const;

signals:
    void logonRequested();
    void impersonateRequested();
    void revertRequested();
    void logoffRequested();
    // `service`: the PAM service (Linux) or the logon type's short name (Windows).
    void accountCheckRequested(const QString& user, const QString& service);
    // The drop-down's context menu: this constant in the constants browser.
    void showConstantRequested(const QString& name);

protected:
    void retranslated() override;

private:
    void populateChoices();
    void updateChoiceTips();
    void showTokenLine();

    QString pamService_ = QStringLiteral("login");
    bool constantsChecked_ = false;
    QString rememberedUser_, rememberedDomain_;  // the last user that logged on (what is saved)
    std::optional<Outcome> lastLogon_;            // shown again in a new language
    std::optional<AccountStatus> lastAccount_;
    WorkerState state_;
    bool busy_ = false;
    bool stateShown_ = false;

    QLineEdit* userEdit_ = nullptr;
    QLineEdit* domainEdit_ = nullptr;
    PasswordField* passwordEdit_ = nullptr;
    QComboBox* typeCombo_ = nullptr;
    QComboBox* providerCombo_ = nullptr;
    QPushButton* logonButton_ = nullptr;
    QPushButton* impersonateButton_ = nullptr;
    QPushButton* revertButton_ = nullptr;
    QPushButton* logoffButton_ = nullptr;
    QPushButton* checkAccountButton_ = nullptr;
    QLabel* sessionLabel_ = nullptr;      // the token: two lines of fixed height, the whole in the tool tip
    QLabel* existingLabel_ = nullptr;     // an impersonation that was there before ours
    QLabel* logonResultLabel_ = nullptr;  // the last logon's result, failures in red
    QLabel* accountLabel_ = nullptr;      // the last account check: can log on, or why not
};

}  // namespace tokenscope::gui
