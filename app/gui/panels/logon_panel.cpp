#include "logon_panel.hpp"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardItemModel>
#include <QVBoxLayout>

#include "core_text.hpp"
#include "password_field.hpp"
#include "token_text.hpp"
#include "tokenscope/constants.hpp"

namespace tokenscope::gui {
namespace {

// Data of a drop-down entry beyond its text.
constexpr int kValueRole = Qt::UserRole;            // the value LogonUserW takes
constexpr int kConstantRole = Qt::UserRole + 1;     // the constant's name
constexpr int kMeaningRole = Qt::UserRole + 2;      // core's English; shown through coreText()
constexpr int kNotInDatabaseRole = Qt::UserRole + 3;  // the constants database lacks the name

}  // namespace

LogonPanel::LogonPanel(QWidget* parent) : Panel(QStringLiteral("logonBox"), parent) {
    auto* form = new QFormLayout;
    userEdit_ = makeEdit(QStringLiteral("userEdit"));
    domainEdit_ = makeEdit(QStringLiteral("domainEdit"));
    passwordEdit_ = new PasswordField;
    passwordEdit_->setObjectName(QStringLiteral("passwordEdit"));
    typeCombo_ = new QComboBox;
    typeCombo_->setObjectName(QStringLiteral("typeCombo"));
    providerCombo_ = new QComboBox;
    providerCombo_->setObjectName(QStringLiteral("providerCombo"));

    auto addRow = [form](QWidget* field) {
        auto* caption = new QLabel;
        caption->setBuddy(field);
        form->addRow(caption, field);
        return caption;
    };
    auto* userLabel = addRow(userEdit_);
    auto* domainLabel = addRow(domainEdit_);
    auto* passwordLabel = addRow(passwordEdit_);
    auto* typeLabel = addRow(typeCombo_);
    auto* providerLabel = addRow(providerCombo_);

    logonButton_ = makeButton(QStringLiteral("logonButton"));
    logonButton_->setDefault(true);
    impersonateButton_ = makeButton(QStringLiteral("impersonateButton"));
    revertButton_ = makeButton(QStringLiteral("revertButton"));
    logoffButton_ = makeButton(QStringLiteral("logoffButton"));
    checkAccountButton_ = makeButton(QStringLiteral("checkAccountButton"));
    translated([=, this] {
        setTitle(tr("Log on"));
        setLabel(checkAccountButton_, tr("Chec&k account"));
#ifdef Q_OS_WIN
        checkAccountButton_->setToolTip(
            tr("Without the password: is the account disabled, locked out or expired, and does it hold the logon "
               "right for the chosen logon type?"));
#else
        checkAccountButton_->setToolTip(
            tr("Without the password: is the account locked or expired, must its password change, is its shell a "
               "nologin shell, and what does the PAM service's account phase say?"));
#endif
        userEdit_->setAccessibleName(tr("User name"));
        domainEdit_->setAccessibleName(tr("Domain"));
        domainEdit_->setPlaceholderText(tr("empty or . for a local account"));
        passwordEdit_->setAccessibleName(tr("Password"));
        typeCombo_->setAccessibleName(tr("Logon type"));
        providerCombo_->setAccessibleName(tr("Logon provider"));
        userLabel->setText(tr("&User:"));
        domainLabel->setText(tr("&Domain:"));
        passwordLabel->setText(tr("Pass&word:"));
        typeLabel->setText(tr("Logon t&ype:"));
        providerLabel->setText(tr("Pr&ovider:"));
        setLabel(logonButton_, tr("&Log on"));
        setLabel(impersonateButton_, tr("&Impersonate"));
        setLabel(revertButton_, tr("&Revert to self"));
        setLabel(logoffButton_, tr("Lo&g off"));
#ifdef Q_OS_WIN
        logoffButton_->setToolTip(tr("Close the token's handle: the logon session ends with its last token"));
#else
        logoffButton_->setToolTip(tr("Close the token: end the PAM session and release the logon"));
#endif
    });
    connect(logonButton_, &QPushButton::clicked, this, &LogonPanel::logonRequested);
    connect(passwordEdit_, &QLineEdit::returnPressed, this, &LogonPanel::logonRequested);
    connect(userEdit_, &QLineEdit::returnPressed, this, &LogonPanel::logonRequested);
    connect(impersonateButton_, &QPushButton::clicked, this, &LogonPanel::impersonateRequested);
    connect(revertButton_, &QPushButton::clicked, this, &LogonPanel::revertRequested);
    connect(logoffButton_, &QPushButton::clicked, this, &LogonPanel::logoffRequested);
    // An answer about another name is stale.
    connect(userEdit_, &QLineEdit::textEdited, this, [this] {
        lastAccount_.reset();
        accountLabel_->hide();
    });
    connect(checkAccountButton_, &QPushButton::clicked, this, [this] {
        const QString user = userEdit_->text().trimmed();
        if (user.isEmpty()) {
            emit statusRequested([] { return tr("Type a user name to check."); });
            userEdit_->setFocus();
            return;
        }
#ifdef Q_OS_WIN
        const auto type = static_cast<LogonType>(typeCombo_->currentData(kValueRole).toUInt());
        emit accountCheckRequested(user, text(logonTypeInfo(type).shortName));
#else
        emit accountCheckRequested(user, pamService_);
#endif
    });

    auto* buttons = new QHBoxLayout;
    for (auto* button : {logonButton_, impersonateButton_, revertButton_, logoffButton_}) buttons->addWidget(button);

    sessionLabel_ = new QLabel;
    sessionLabel_->setObjectName(QStringLiteral("sessionLabel"));
    sessionLabel_->setWordWrap(false);
    // Two lines of fixed height, so logging on and off does not move the panels.
    sessionLabel_->setFixedHeight(2 * sessionLabel_->fontMetrics().lineSpacing() + 4);
    existingLabel_ = new QLabel;
    existingLabel_->setObjectName(QStringLiteral("existingLabel"));
    existingLabel_->setWordWrap(true);
    existingLabel_->hide();
    logonResultLabel_ = new QLabel;
    logonResultLabel_->setObjectName(QStringLiteral("logonResultLabel"));
    logonResultLabel_->setWordWrap(true);
    logonResultLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    logonResultLabel_->hide();
    accountLabel_ = new QLabel;
    accountLabel_->setObjectName(QStringLiteral("accountLabel"));
    accountLabel_->setWordWrap(true);
    accountLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    accountLabel_->hide();
    auto* accountRow = new QHBoxLayout;
    accountRow->addWidget(checkAccountButton_, 0, Qt::AlignTop);
    accountRow->addWidget(accountLabel_, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(logonResultLabel_);
    layout->addLayout(accountRow);
    layout->addWidget(sessionLabel_);
    layout->addWidget(existingLabel_);

    QWidget* order[] = {userEdit_,    domainEdit_,        passwordEdit_, typeCombo_,   providerCombo_,
                        logonButton_, impersonateButton_, revertButton_, logoffButton_, checkAccountButton_};
    for (std::size_t i = 1; i < std::size(order); ++i) setTabOrder(order[i - 1], order[i]);

    populateChoices();
    showTokenLine();
}

QWidget* LogonPanel::lastInTabOrder() const { return checkAccountButton_; }

void LogonPanel::populateChoices() {
    // What each type means here, and whether it is supported, comes from core; the names and
    // values are then checked against the constants database (the SDK's own values) once it has
    // loaded (applyConstantValues), so start-up does not wait for it.
    auto fill = [](QComboBox* combo, auto&& infos, auto valueOf) {
        auto* model = new QStandardItemModel(combo);
        for (const auto& info : infos) {
            const auto value = static_cast<std::uint32_t>(valueOf(info));
            auto* entry = new QStandardItem(QStringLiteral("%1 (%2)").arg(text(info.constant)).arg(value));
            entry->setData(value, kValueRole);
            entry->setData(text(info.constant), kConstantRole);
            entry->setData(text(info.meaning), kMeaningRole);
            entry->setEnabled(info.supported);
            model->appendRow(entry);
        }
        combo->setModel(model);
    };
    fill(typeCombo_, logonTypes(), [](const LogonTypeInfo& info) { return info.type; });
    fill(providerCombo_, logonProviders(), [](const LogonProviderInfo& info) { return info.provider; });
    // The seed's advice: LOGON32_LOGON_INTERACTIVE with LOGON32_PROVIDER_DEFAULT.
    typeCombo_->setCurrentIndex(typeCombo_->findData(static_cast<std::uint32_t>(LogonType::Interactive)));
    providerCombo_->setCurrentIndex(providerCombo_->findData(static_cast<std::uint32_t>(LogonProvider::Default)));
    connect(typeCombo_, &QComboBox::currentIndexChanged, this, &LogonPanel::updateChoiceTips);
    connect(providerCombo_, &QComboBox::currentIndexChanged, this, &LogonPanel::updateChoiceTips);
    updateChoiceTips();
    for (auto* combo : {typeCombo_, providerCombo_}) {
        combo->setContextMenuPolicy(Qt::ActionsContextMenu);
        auto* show = new QAction(combo);
        translated([show] { show->setText(tr("Show in constants browser")); });
        connect(show, &QAction::triggered, this,
                [this, combo] { emit showConstantRequested(combo->currentData(kConstantRole).toString()); });
        combo->addAction(show);
    }
}

void LogonPanel::applyConstantValues() {
    const ConstantIndex& constants = ConstantIndex::instance();
    for (auto* combo : {typeCombo_, providerCombo_}) {
        auto* model = qobject_cast<QStandardItemModel*>(combo->model());
        for (int row = 0; model != nullptr && row < model->rowCount(); ++row) {
            QStandardItem* entry = model->item(row);
            const QString name = entry->data(kConstantRole).toString();
            const Constant* constant = constants.find(name.toStdString());
            if (constant == nullptr) {
                entry->setData(true, kNotInDatabaseRole);
                continue;
            }
            const auto value = static_cast<std::uint32_t>(constant->bits);
            entry->setData(value, kValueRole);
            entry->setText(QStringLiteral("%1 (%2)").arg(name).arg(value));
        }
    }
    constantsChecked_ = true;
    updateChoiceTips();
}

void LogonPanel::updateChoiceTips() {
    // Each entry's tool tip is what the type or provider means here, in the current language.
    for (auto* combo : {typeCombo_, providerCombo_}) {
        auto* model = qobject_cast<QStandardItemModel*>(combo->model());
        for (int row = 0; model != nullptr && row < model->rowCount(); ++row) {
            QStandardItem* entry = model->item(row);
            const QString english = entry->data(kMeaningRole).toString();
            const QString meaning = coreText(english.toStdString());
            QString tip =
                entry->isEnabled() || english.startsWith(QStringLiteral("Not supported on this platform"))
                    ? meaning
                    : tr("Not supported on this platform: %1").arg(meaning);
            if (entry->data(kNotInDatabaseRole).toBool())
                tip += QLatin1Char('\n') + tr("(not in the constants database)");
            // Core speaks of the CLI's --service; this program's option is --pam-service. Rich
            // text, so the tip wraps instead of running 1,500 pixels wide.
            tip.replace(QStringLiteral("--service"), QStringLiteral("--pam-service"));
            entry->setToolTip(QStringLiteral("<p style='white-space:pre-wrap'>%1</p>").arg(tip.toHtmlEscaped()));
        }
        combo->setToolTip(combo->itemData(combo->currentIndex(), Qt::ToolTipRole).toString());
    }
}

LogonRequest LogonPanel::request() const {
    LogonRequest request;
    request.user = userEdit_->text().toStdString();
    request.domain = domainEdit_->text().toStdString();
    request.type = static_cast<LogonType>(typeCombo_->currentData(kValueRole).toUInt());
    request.provider = static_cast<LogonProvider>(providerCombo_->currentData(kValueRole).toUInt());
    request.service = pamService_.toStdString();
    return request;
}

Password LogonPanel::takePassword() { return passwordEdit_->take(); }

void LogonPanel::focusFirstField() {
    if (userEdit_->text().isEmpty())
        userEdit_->setFocus();
    else
        passwordEdit_->setFocus();
}

void LogonPanel::showState(const WorkerState& state, bool busy) {
    state_ = state;
    busy_ = busy;
    stateShown_ = true;
    showTokenLine();
    // An impersonation that was there before ours (the seed's IIS case): offer to revert it.
    const bool foreign = state.thread && state.thread->impersonating && !state.impersonating;
    existingLabel_->setVisible(foreign);
    if (foreign) {
        existingLabel_->setText(tr("The worker thread already impersonates %1, not through TokenScope. "
                                   "Use Revert to self first.")
                                    .arg(principalText(state.thread->user)));
    }
    logonButton_->setEnabled(!busy && !state.impersonating);
    impersonateButton_->setEnabled(!busy && state.loggedOn && !state.impersonating);
    revertButton_->setEnabled(!busy && (state.impersonating || foreign));
    logoffButton_->setEnabled(!busy && state.loggedOn);
    checkAccountButton_->setEnabled(!busy);
}

void LogonPanel::showTokenLine() {
    const WorkerState& state = state_;
    if (!state.loggedOn) {
        sessionLabel_->setText(tr("No logon token."));
        sessionLabel_->setToolTip(QString());
        return;
    }
    const QString impersonation =
        state.impersonating ? tr("the worker thread impersonates it") : tr("not impersonating");
    if (!state.userSid.isEmpty()) {
        // A token whose user is a SID (Windows): LogonUserW has no PAM steps and no broker.
        sessionLabel_->setText(QStringLiteral("%1 (%2)\n%3").arg(state.user, state.userSid, impersonation));
        sessionLabel_->setToolTip(tr("Token: %1 (%2), %3 with %4; %5")
                                      .arg(state.user, state.userSid, state.type, state.provider, impersonation));
        return;
    }
    const QString holder = state.sessionProcess > 0
                               ? tr("the logon broker, process %1, holds the PAM session").arg(state.sessionProcess)
                               : tr("this process holds the logon");
    sessionLabel_->setText(
        QStringLiteral("%1 (uid %2), %3\n%4; %5").arg(state.user).arg(state.uid).arg(state.type, impersonation, holder));
    sessionLabel_->setToolTip(tr("Token: %1 (uid %2, gid %3), %4; PAM steps: %5; %6; %7")
                                  .arg(state.user)
                                  .arg(state.uid)
                                  .arg(state.gid)
                                  .arg(state.type, state.steps, holder, impersonation));
}

void LogonPanel::showLogonResult(const Outcome& outcome) {
    if (!lastLogon_ || &outcome != &*lastLogon_) lastLogon_ = outcome;
    QString result;
    if (outcome.ok) {
        result = tr("Logged on as %1.").arg(outcome.user);
        rememberedUser_ = outcome.user;
        rememberedDomain_ = domainEdit_->text();
    } else if (outcome.cancelled) {
        result = tr("Log on as %1 cancelled.").arg(outcome.user);
    } else if (outcome.error) {
        const Error& error = *outcome.error;
        result = tr("Log on as %1 failed: %2 (%3) — %4")
                     .arg(outcome.user, text(error.name))
                     .arg(error.code)
                     .arg(text(error.message));
        if (!error.hint.empty()) result += QLatin1Char('\n') + coreText(error.hint);
    }
    const bool failed = !outcome.ok && !outcome.cancelled;
    logonResultLabel_->setText(result);
    logonResultLabel_->setProperty("failed", failed);
    setFailed(logonResultLabel_, failed);
    logonResultLabel_->setVisible(!result.isEmpty());
}

void LogonPanel::showAccount(const AccountStatus& status) {
    if (!lastAccount_ || &status != &*lastAccount_) lastAccount_ = status;
    const QString user = text(status.user);
    QString summary;
    if (status.canLogOn) {
        summary = tr("%1 can log on (%2).").arg(user, text(status.service));
    } else {
        QStringList reasons;
        for (const auto& reason : status.reasons) reasons << QStringLiteral("• ") + text(reason.text);
        summary = tr("%1 cannot log on (%2):").arg(user, text(status.service)) + QLatin1Char('\n') +
                  reasons.join(QLatin1Char('\n'));
    }
    QStringList details;
    for (const auto& note : status.notes) details << text(note);
    accountLabel_->setText(summary);
    accountLabel_->setToolTip(details.join(QLatin1Char('\n')));
    accountLabel_->setProperty("canLogOn", status.canLogOn);
    setFailed(accountLabel_, !status.canLogOn);
    accountLabel_->show();
}

void LogonPanel::retranslated() {
    updateChoiceTips();
    if (stateShown_) showState(state_, busy_);
    if (lastLogon_) showLogonResult(*lastLogon_);
    if (lastAccount_ && accountLabel_->isVisible()) showAccount(*lastAccount_);
}

void LogonPanel::restoreSettings(const QSettings& settings) {
    rememberedUser_ = settings.value(QStringLiteral("logon/user")).toString();
    rememberedDomain_ = settings.value(QStringLiteral("logon/domain")).toString();
    userEdit_->setText(rememberedUser_);
    domainEdit_->setText(rememberedDomain_);
    const int type = typeCombo_->findData(settings.value(QStringLiteral("logon/type"), 2).toUInt());
    if (type >= 0) typeCombo_->setCurrentIndex(type);
}

void LogonPanel::saveSettings(QSettings& settings) const {
    // The password is never stored; only a user that logged on is remembered, never a name that failed.
    settings.setValue(QStringLiteral("logon/user"), rememberedUser_);
    settings.setValue(QStringLiteral("logon/domain"), rememberedDomain_);
    settings.setValue(QStringLiteral("logon/type"), typeCombo_->currentData(kValueRole).toUInt());
}

}  // namespace tokenscope::gui
