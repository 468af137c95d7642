#include "main_window.hpp"

#include <algorithm>

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSplitter>
#include <QDialog>
#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include "constants_browser.hpp"
#include "process_browser.hpp"
#include "report_comparison.hpp"
#include "core_text.hpp"
#include "icons.hpp"
#include "language.hpp"
#include "password_field.hpp"
#include "privilege_hygiene.hpp"
#include "token_text.hpp"
#include "tokenscope/constants.hpp"
#include "tokenscope/identity.hpp"
#include "tokenscope/logon.hpp"
#include "tokenscope/privileges.hpp"

namespace tokenscope::gui {
namespace {

QTableWidgetItem* item(const QString& value, const QString& tip = {}) { return tableItem(value, tip); }
QTableWidget* makeTable(int columns, const QString& objectName) { return makeTokenTable(columns, objectName); }

QPushButton* makeButton(const QString& objectName) {
    auto* button = new QPushButton;
    button->setObjectName(objectName);
    // Enter on a focused button presses it, as Space does (outside dialogs Qt needs this).
    button->setAutoDefault(true);
    return button;
}

const QColor kErrorColour(0xb3, 0x26, 0x1e);
const QColor kNeededTint(0xff, 0xf1, 0xc4);  // amber: rows impersonation needs
// Data of a privilege row's first cell beyond its name (Qt::UserRole).
constexpr int kHeldRole = Qt::UserRole + 1;
constexpr int kEnabledRole = Qt::UserRole + 2;

// A button's label, and the same without its mnemonic as the accessible name.
void setLabel(QPushButton* button, const QString& label) {
    button->setText(label);
    button->setAccessibleName(QString(label).remove(QLatin1Char('&')));
}

QLineEdit* makeEdit(const QString& objectName) {
    auto* edit = new QLineEdit;
    edit->setObjectName(objectName);
    return edit;
}

}  // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
    translated([this] { setWindowTitle(tr("TokenScope")); });
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(icon(QStringLiteral("tokenscope")));

    // The thread hardenAtStartup() started with the worker's capabilities, if any.
    session_ = new SessionController(takeSessionThread(), this);

    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(buildLogonPanel());
    leftLayout->addWidget(buildAsUserPanel(), 1);

    auto* right = new QSplitter(Qt::Vertical);
    right->addWidget(buildIdentityPanel());
    right->addWidget(buildPrivilegePanel());
    right->setStretchFactor(1, 2);

    auto* top = new QSplitter(Qt::Horizontal);
    top->addWidget(left);
    top->addWidget(right);
    top->setStretchFactor(1, 2);

    auto* main = new QSplitter(Qt::Vertical);
    main->setObjectName(QStringLiteral("mainSplitter"));
    main->addWidget(top);
    main->addWidget(buildActivityPanel());
    main->setStretchFactor(0, 3);
    main->setStretchFactor(1, 1);
    setCentralWidget(main);
    mainSplitter_ = main;

    busyBar_ = new QProgressBar;
    busyBar_->setObjectName(QStringLiteral("busyBar"));
    busyBar_->setRange(0, 0);
    busyBar_->setMaximumWidth(160);
    busyBar_->hide();
    cancelButton_ = makeButton(QStringLiteral("cancelButton"));
    translated([this] {
        busyBar_->setAccessibleName(tr("Busy"));
        setLabel(cancelButton_, tr("Cancel"));
    });
    cancelButton_->hide();
    statusBar()->addPermanentWidget(busyBar_);
    statusBar()->addPermanentWidget(cancelButton_);
    connect(cancelButton_, &QPushButton::clicked, this, [this] {
        session_->cancel();
        showStatus([] { return tr("Cancelling: a logon in progress is ended, any other result is discarded."); });
    });

    buildMenus();
    populateLogonChoices();
    auto* loading = new QFutureWatcher<void>(this);
    connect(loading, &QFutureWatcher<void>::finished, this, &MainWindow::applyConstantValues);
    loading->setFuture(QtConcurrent::run([] { (void)ConstantIndex::instance(); }));

    connect(session_, &SessionController::finished, this, &MainWindow::onFinished);
    connect(session_, &SessionController::stateChanged, this, &MainWindow::onState);
    connect(session_, &SessionController::busyChanged, this, &MainWindow::onBusy);
    if (const auto* hygiene = startupHygiene()) logPrivilegeHygiene(*hygiene);

    setTabOrder(userEdit_, domainEdit_);
    setTabOrder(domainEdit_, passwordEdit_);
    setTabOrder(passwordEdit_, typeCombo_);
    setTabOrder(typeCombo_, providerCombo_);
    setTabOrder(providerCombo_, logonButton_);
    setTabOrder(logonButton_, impersonateButton_);
    setTabOrder(impersonateButton_, revertButton_);
    setTabOrder(revertButton_, logoffButton_);
    setTabOrder(logoffButton_, pathEdit_);
    setTabOrder(pathEdit_, probeButton_);
    setTabOrder(probeButton_, commandEdit_);
    setTabOrder(commandEdit_, runButton_);

    resize(1280, 860);
    // Activity starts with about eight rows; extra height is shared 3:1 with the panels above.
    mainSplitter_->setSizes({560, 300});
    restoreSettings();
    updateButtons();
    // With a remembered user, the password is what is left to type.
    if (userEdit_->text().isEmpty())
        userEdit_->setFocus();
    else
        passwordEdit_->setFocus();
}

MainWindow::~MainWindow() { session_->shutdown(); }

QWidget* MainWindow::buildLogonPanel() {
    auto* box = new QGroupBox;
    box->setObjectName(QStringLiteral("logonBox"));
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
        box->setTitle(tr("Log on"));
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
    connect(logonButton_, &QPushButton::clicked, this, &MainWindow::logOn);
    connect(passwordEdit_, &QLineEdit::returnPressed, this, &MainWindow::logOn);
    connect(userEdit_, &QLineEdit::returnPressed, this, &MainWindow::logOn);
    connect(impersonateButton_, &QPushButton::clicked, this, [this] { session_->impersonate(); });
    connect(revertButton_, &QPushButton::clicked, this, [this] { session_->revert(); });
    connect(logoffButton_, &QPushButton::clicked, this, [this] { session_->logoff(); });
    // An answer about another name is stale.
    connect(userEdit_, &QLineEdit::textEdited, this, [this] { accountLabel_->hide(); });
    connect(checkAccountButton_, &QPushButton::clicked, this, [this] {
        const QString user = userEdit_->text().trimmed();
        if (user.isEmpty()) {
            showStatus([] { return tr("Type a user name to check."); });
            userEdit_->setFocus();
            return;
        }
#ifdef Q_OS_WIN
        const auto type = static_cast<LogonType>(typeCombo_->currentData().toUInt());
        session_->checkAccount(user, text(logonTypeInfo(type).shortName));
#else
        session_->checkAccount(user, pamService_);
#endif
    });

    auto* buttons = new QHBoxLayout;
    for (auto* button : {logonButton_, impersonateButton_, revertButton_, logoffButton_}) buttons->addWidget(button);

    sessionLabel_ = new QLabel;
    sessionLabel_->setObjectName(QStringLiteral("sessionLabel"));
    sessionLabel_->setWordWrap(false);
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

    auto* layout = new QVBoxLayout(box);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(logonResultLabel_);
    layout->addLayout(accountRow);
    layout->addWidget(sessionLabel_);
    layout->addWidget(existingLabel_);
    return box;
}

void MainWindow::populateLogonChoices() {
    // What each type means here, and whether it is supported, comes from core; the names and
    // values are then checked against the constants database (the SDK's own values) once it has
    // loaded on a pool thread, so start-up does not wait for it.
    auto fill = [](QComboBox* combo, auto&& infos, auto valueOf) {
        auto* model = new QStandardItemModel(combo);
        for (const auto& info : infos) {
            const auto value = static_cast<std::uint32_t>(valueOf(info));
            auto* entry = new QStandardItem(QStringLiteral("%1 (%2)").arg(text(info.constant)).arg(value));
            entry->setData(value, Qt::UserRole);
            entry->setData(text(info.constant), Qt::UserRole + 1);
            entry->setData(text(info.meaning), Qt::UserRole + 2);  // core's English; see updateChoiceTips
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
    connect(typeCombo_, &QComboBox::currentIndexChanged, this, &MainWindow::updateChoiceTips);
    connect(providerCombo_, &QComboBox::currentIndexChanged, this, &MainWindow::updateChoiceTips);
    updateChoiceTips();
    for (auto* combo : {typeCombo_, providerCombo_}) {
        combo->setContextMenuPolicy(Qt::ActionsContextMenu);
        auto* show = new QAction(combo);
        translated([show] { show->setText(tr("Show in constants browser")); });
        connect(show, &QAction::triggered, this, [this, combo] {
            auto* browser = constantsBrowser();
            browser->showConstant(combo->currentData(Qt::UserRole + 1).toString());
            browser->show();
            browser->raise();
        });
        combo->addAction(show);
    }
}

void MainWindow::applyConstantValues() {
    const ConstantIndex& constants = ConstantIndex::instance();  // loaded by now
    for (auto* combo : {typeCombo_, providerCombo_}) {
        auto* model = qobject_cast<QStandardItemModel*>(combo->model());
        for (int row = 0; model != nullptr && row < model->rowCount(); ++row) {
            QStandardItem* entry = model->item(row);
            const QString name = entry->data(Qt::UserRole + 1).toString();
            const Constant* constant = constants.find(name.toStdString());
            if (constant == nullptr) {
                entry->setData(true, Qt::UserRole + 3);  // updateChoiceTips says so
                continue;
            }
            const auto value = static_cast<std::uint32_t>(constant->bits);
            entry->setData(value, Qt::UserRole);
            entry->setText(QStringLiteral("%1 (%2)").arg(name).arg(value));
        }
    }
    constantsChecked_ = true;
    updateChoiceTips();
}

void MainWindow::updateChoiceTips() {
    // Each entry's tool tip is what the type or provider means here, in the current language.
    for (auto* combo : {typeCombo_, providerCombo_}) {
        auto* model = qobject_cast<QStandardItemModel*>(combo->model());
        for (int row = 0; model != nullptr && row < model->rowCount(); ++row) {
            QStandardItem* entry = model->item(row);
            const QString english = entry->data(Qt::UserRole + 2).toString();
            const QString meaning = coreText(english.toStdString());
            QString tip =
                entry->isEnabled() || english.startsWith(QStringLiteral("Not supported on this platform"))
                    ? meaning
                    : tr("Not supported on this platform: %1").arg(meaning);
            if (entry->data(Qt::UserRole + 3).toBool())
                tip += QLatin1Char('\n') + tr("(not in the constants database)");
            // Core speaks of the CLI's --service; this program's option is --pam-service. Rich
            // text, so the tip wraps instead of running 1,500 pixels wide.
            tip.replace(QStringLiteral("--service"), QStringLiteral("--pam-service"));
            entry->setToolTip(QStringLiteral("<p style='white-space:pre-wrap'>%1</p>").arg(tip.toHtmlEscaped()));
        }
        combo->setToolTip(combo->itemData(combo->currentIndex(), Qt::ToolTipRole).toString());
    }
}

ConstantsBrowser* MainWindow::constantsBrowser() {
    if (browser_ == nullptr) browser_ = new ConstantsBrowser(this);
    return browser_;
}

ReportComparison* MainWindow::reportComparison() {
    if (comparison_ == nullptr) comparison_ = new ReportComparison(this);
    return comparison_;
}

ProcessBrowser* MainWindow::processBrowser() {
    if (processes_ == nullptr) processes_ = new ProcessBrowser(this);
    return processes_;
}

QWidget* MainWindow::buildIdentityPanel() {
    auto* box = new QGroupBox;
    box->setObjectName(QStringLiteral("identityBox"));
    identityTable_ = makeTable(4, QStringLiteral("identityTable"));
    // System Informer's token page: every group with its SID and attributes (Windows: enabled,
    // mandatory, owner, deny-only, logon-id, integrity…; Linux: the gid).
    groupsTable_ = makeTable(3, QStringLiteral("groupsTable"));
    groupsTable_->setSortingEnabled(true);
    groupsTable_->sortByColumn(0, Qt::AscendingOrder);
    auto* tabs = new QTabWidget;
    tabs->setObjectName(QStringLiteral("identityTabs"));
    tabs->addTab(identityTable_, QString());
    tabs->addTab(groupsTable_, QString());
    translated([box, tabs, this] {
        box->setTitle(tr("Effective user"));
        tabs->setTabText(0, tr("Summary"));
        tabs->setTabText(1, tr("Groups of the worker thread"));
        identityTable_->setHorizontalHeaderLabels(
            {QString(), tr("Process"), tr("Worker thread"), tr("Changed")});
        identityTable_->setAccessibleName(
            tr("Identity of the process and of the impersonating worker thread"));
        groupsTable_->setHorizontalHeaderLabels({tr("Group"), tr("Id"), tr("Attributes")});
        groupsTable_->setAccessibleName(tr("Groups of the worker thread, with their attributes"));
    });
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(tabs);
    return box;
}

QWidget* MainWindow::buildPrivilegePanel() {
    auto* box = new QGroupBox;
    box->setObjectName(QStringLiteral("privilegeBox"));
    lightLabel_ = new QLabel;
    lightLabel_->setObjectName(QStringLiteral("readinessLight"));
    lightLabel_->setFixedSize(24, 24);
    verdictLabel_ = new QLabel;
    verdictLabel_->setObjectName(QStringLiteral("verdictLabel"));
    verdictLabel_->setWordWrap(true);
    verdictLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* verdictRow = new QHBoxLayout;
    verdictRow->addWidget(lightLabel_, 0, Qt::AlignTop);
    verdictRow->addWidget(verdictLabel_, 1);

    privilegeTable_ = makeTable(5, QStringLiteral("privilegeTable"));
    // Six rows at least, whatever the window's size.
    privilegeTable_->setMinimumHeight(privilegeTable_->horizontalHeader()->sizeHint().height() +
                                      6 * privilegeTable_->verticalHeader()->defaultSectionSize() +
                                      privilegeTable_->horizontalScrollBar()->sizeHint().height() + 4);
    enableButton_ = makeButton(QStringLiteral("enableButton"));
    disableButton_ = makeButton(QStringLiteral("disableButton"));
    auto* refreshButton = makeButton(QStringLiteral("refreshButton"));
    translated([=, this] {
        box->setTitle(tr("Privileges of the worker thread"));
        privilegeTable_->setHorizontalHeaderLabels(
            {tr("Privilege"), tr("State"), tr("Sets"), tr("Needed for"), tr("Description")});
        privilegeTable_->setAccessibleName(tr("Privileges of the worker thread"));
        setLabel(enableButton_, tr("&Enable"));
        setLabel(disableButton_, tr("Di&sable"));
        setLabel(refreshButton, tr("Refresh"));  // View → Refresh (F5); no mnemonic free
    });
    connect(enableButton_, &QPushButton::clicked, this, [this] { setSelectedPrivilege(true); });
    connect(disableButton_, &QPushButton::clicked, this, [this] { setSelectedPrivilege(false); });
    connect(refreshButton, &QPushButton::clicked, this, &MainWindow::refresh);
    connect(privilegeTable_, &QTableWidget::itemSelectionChanged, this, &MainWindow::updateButtons);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(enableButton_);
    buttons->addWidget(disableButton_);
    buttons->addStretch(1);
    buttons->addWidget(refreshButton);

    auto* layout = new QVBoxLayout(box);
    layout->addLayout(verdictRow);
    layout->addWidget(privilegeTable_);
    layout->addLayout(buttons);
    return box;
}

QWidget* MainWindow::buildAsUserPanel() {
    auto* box = new QGroupBox;
    box->setObjectName(QStringLiteral("asUserBox"));
    asUserBox_ = box;
    accessCaption_ = new QLabel;
    accessCaption_->setObjectName(QStringLiteral("accessCaption"));
    accessCaption_->setWordWrap(true);
    pathEdit_ = makeEdit(QStringLiteral("pathEdit"));
    probeButton_ = makeButton(QStringLiteral("probeButton"));
    accessTable_ = makeTable(3, QStringLiteral("accessTable"));
    commandEdit_ = makeEdit(QStringLiteral("commandEdit"));
    commandEdit_->setPlaceholderText(QStringLiteral("id -a"));
    runButton_ = makeButton(QStringLiteral("runButton"));
    connect(probeButton_, &QPushButton::clicked, this, [this] { session_->probe(pathEdit_->text()); });
    connect(pathEdit_, &QLineEdit::returnPressed, probeButton_, &QPushButton::click);
    connect(runButton_, &QPushButton::clicked, this, [this] {
        const QStringList argv = QProcess::splitCommand(commandEdit_->text());
        if (argv.isEmpty()) {
            showStatus([] { return tr("Type a command to run as the user."); });
            return;
        }
        session_->runAs(argv);
    });
    connect(commandEdit_, &QLineEdit::returnPressed, runButton_, &QPushButton::click);

    auto* pathLabel = new QLabel;
    pathLabel->setBuddy(pathEdit_);
    auto* commandLabel = new QLabel;
    commandLabel->setBuddy(commandEdit_);
    translated([=, this] {
        box->setTitle(asUserTitle(session_->state()));
        pathEdit_->setAccessibleName(tr("Path to probe"));
        pathEdit_->setPlaceholderText(tr("/path/to/file or folder"));
        setLabel(probeButton_, tr("&Probe access"));
        probeButton_->setToolTip(
            tr("Try to open the path for read, write, execute and list on the worker thread"));
        accessTable_->setHorizontalHeaderLabels({tr("Right"), tr("Result"), tr("Why")});
        accessTable_->setAccessibleName(tr("Access probe results"));
        commandEdit_->setAccessibleName(tr("Command to run as the user"));
        setLabel(runButton_, tr("Ru&n as user"));
        pathLabel->setText(tr("P&ath:"));
        commandLabel->setText(tr("Co&mmand:"));
    });
    auto* grid = new QGridLayout;
    grid->addWidget(pathLabel, 0, 0);
    grid->addWidget(pathEdit_, 0, 1);
    grid->addWidget(probeButton_, 0, 2);
    grid->addWidget(accessCaption_, 1, 0, 1, 3);
    grid->addWidget(accessTable_, 2, 0, 1, 3);
    grid->addWidget(commandLabel, 3, 0);
    grid->addWidget(commandEdit_, 3, 1);
    grid->addWidget(runButton_, 3, 2);
    box->setLayout(grid);
    return box;
}

QWidget* MainWindow::buildActivityPanel() {
    auto* box = new QGroupBox;
    box->setObjectName(QStringLiteral("activityBox"));
    logTable_ = makeTable(4, QStringLiteral("logTable"));
    auto* copy = makeButton(QStringLiteral("copyReportButton"));
    auto* save = makeButton(QStringLiteral("saveReportButton"));
    translated([=, this] {
        box->setTitle(tr("Activity"));
        logTable_->setHorizontalHeaderLabels({tr("Time"), tr("Action"), tr("Result"), tr("Details")});
        logTable_->setAccessibleName(tr("Activity log"));
        // No mnemonics: they repeat File → Copy report and Save report (Ctrl+S), and every
        // letter of theirs is taken by the window's other labels.
        setLabel(copy, tr("Copy report"));
        setLabel(save, tr("Save report…"));
    });
    connect(copy, &QPushButton::clicked, this, &MainWindow::copyReport);
    connect(save, &QPushButton::clicked, this, &MainWindow::saveReport);
    // The whole entry (run-as output, every line of an error) in a window of its own.
    connect(logTable_, &QTableWidget::cellDoubleClicked, this, [this](int row) { showLogEntry(row); });
    connect(logTable_, &QTableWidget::cellActivated, this, [this](int row) { showLogEntry(row); });
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(copy);
    buttons->addWidget(save);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(logTable_);
    layout->addLayout(buttons);
    return box;
}

void MainWindow::buildMenus() {
    auto* file = menuBar()->addMenu(QString());
    file->setObjectName(QStringLiteral("fileMenu"));
    auto* copy = file->addAction(QString(), this, &MainWindow::copyReport);
    auto* save = file->addAction(QString(), QKeySequence::Save, this, &MainWindow::saveReport);
    file->addSeparator();
    auto* quit = file->addAction(QString(), QKeySequence::Quit, this, &QWidget::close);
    auto* view = menuBar()->addMenu(QString());
    view->setObjectName(QStringLiteral("viewMenu"));
    auto* refresh = view->addAction(QString(), QKeySequence::Refresh, this, &MainWindow::refresh);
    // View → Language: each language named in itself; the choice applies at once and is kept.
    auto* languages = view->addMenu(QString());
    languages->setObjectName(QStringLiteral("languageMenu"));
    languageGroup_ = new QActionGroup(this);
    for (const auto& language : uiLanguages()) {
        auto* action = languages->addAction(language.nativeName);
        action->setObjectName(QStringLiteral("language_") +
                              (language.code.isEmpty() ? QStringLiteral("system") : language.code));
        action->setData(language.code);
        action->setCheckable(true);
        action->setChecked(language.code == uiLanguage());
        languageGroup_->addAction(action);
        if (language.code.isEmpty()) translated([action] { action->setText(tr("System default")); });
        connect(action, &QAction::triggered, this, [code = language.code] { chooseUiLanguage(code); });
    }
    auto* tools = menuBar()->addMenu(QString());
    tools->setObjectName(QStringLiteral("toolsMenu"));
    auto* browse = tools->addAction(QString(), QKeySequence(Qt::CTRL | Qt::Key_B), this, [this] {
        auto* browser = constantsBrowser();
        browser->show();
        browser->raise();
        browser->activateWindow();
    });
    auto* processes = tools->addAction(QString(), QKeySequence(Qt::CTRL | Qt::Key_P), this, [this] {
        auto* browser = processBrowser();
        browser->show();
        browser->raise();
        browser->activateWindow();
        browser->refresh();
    });
    processes->setObjectName(QStringLiteral("processesAction"));
    auto* compareReports = tools->addAction(QString(), this, [this] {
        auto* window = reportComparison();
        window->show();
        window->raise();
        window->activateWindow();
    });
    compareReports->setObjectName(QStringLiteral("compareReportsAction"));
    auto* help = menuBar()->addMenu(QString());
    help->setObjectName(QStringLiteral("helpMenu"));
    translated([=] {
        file->setTitle(tr("&File"));
        copy->setText(tr("&Copy report"));
        save->setText(tr("&Save report…"));
        quit->setText(tr("&Quit"));
        view->setTitle(tr("&View"));
        refresh->setText(tr("&Refresh"));
        languages->setTitle(tr("&Language"));
        tools->setTitle(tr("&Tools"));
        browse->setText(tr("&Constants browser…"));
        processes->setText(tr("&Processes…"));
        compareReports->setText(tr("Compare &reports…"));
        help->setTitle(tr("&Help"));
    });
    auto* about = help->addAction(QString(), this, [this] {
        QMessageBox::about(this, tr("About TokenScope"),
                           tr("TokenScope %1").arg(QCoreApplication::applicationVersion()) + QStringLiteral("\n\n") +
                               tr("TokenScope shows who a process and its threads are, which privileges they hold, "
                                  "and whether they can log on and impersonate."));
    });
    translated([about] { about->setText(tr("&About TokenScope")); });
}

void MainWindow::logOn() {
    if (session_->busy()) return;
    LogonRequest request;
    request.user = userEdit_->text().toStdString();
    request.domain = domainEdit_->text().toStdString();
    request.type = static_cast<LogonType>(typeCombo_->currentData().toUInt());
    request.provider = static_cast<LogonProvider>(providerCombo_->currentData().toUInt());
    request.service = pamService_.toStdString();
    if (request.user.empty()) {
        showStatus([] { return tr("Type a user name to log on."); });
        userEdit_->setFocus();
        return;
    }
    // The field held the password only in a wiped buffer; it is moved out, and the field emptied.
    session_->logon(request, passwordEdit_->take());
    showStatus([user = userEdit_->text()] { return tr("Logging on as %1…").arg(user); });
}

void MainWindow::refresh() { session_->refresh(); }

void MainWindow::logPrivilegeHygiene(const PrivilegeHygiene& hygiene) {
    Outcome outcome;
    outcome.action = QCoreApplication::translate("tokenscope::gui::SessionWorker", "Drop privileges");
    outcome.ok = !hygiene.coreDumpError && !hygiene.dropError;
    QStringList dropped = hygiene.dropped;
    for (const auto& name : hygiene.guiThreadDropped) {
        if (!dropped.contains(name)) dropped << name;
    }
    const QString none = tr("none");
#ifdef Q_OS_WIN
    outcome.detail = tr("Crash dialogs are off, so no crash dump is offered. Privileges are left as they are: on "
                        "Windows they belong to the process token, which every thread shares; the privilege panel "
                        "shows and changes them.");
    if (hygiene.coreDumpError) outcome.error = hygiene.coreDumpError;
    onFinished(outcome);
    return;
#endif
    outcome.detail = tr("Core dumps are off and the process is not dumpable. Dropped for good: %1. The worker "
                        "thread keeps %2 to impersonate, run programs as the user and end them when they overrun; "
                        "the window's thread keeps none. PAM's logons and sessions run in the logon broker, which keeps "
                        "only what PAM needs; Check account asks PAM's account phase on the worker thread.")
                         .arg(dropped.isEmpty() ? none : dropped.join(QStringLiteral(", ")),
                              hygiene.workerKeeps.isEmpty() ? none : hygiene.workerKeeps.join(QStringLiteral(", ")));
    if (hygiene.coreDumpError) outcome.error = hygiene.coreDumpError;
    if (hygiene.dropError) outcome.error = hygiene.dropError;
    onFinished(outcome);
}

void MainWindow::onBusy(bool busy) {
    busyBar_->setVisible(busy);
    cancelButton_->setVisible(busy);
    updateButtons();
    if (!busy) {
        status_ = nullptr;
        statusBar()->clearMessage();
    }
}

void MainWindow::onFinished(const Outcome& outcome) {
    log_.add(outcome);
    const ActivityEntry& entry = log_.entries().back();
    addLogRow(entry);
    logTable_->scrollToBottom();
    if (!outcome.access.empty()) showAccess(outcome);
    if (outcome.account) showAccount(*outcome.account);
    if (outcome.logon) showLogonResult(outcome);
    showStatus(
        [entry] {
            return QStringLiteral("%1: %2").arg(ActivityLog::actionText(entry),
                                                ActivityLog::resultText(entry.outcome));
        },
        5000);
}

void MainWindow::addLogRow(const ActivityEntry& entry) {
    // What happened is recorded in the language of the moment; the action, the result and the
    // decoded error follow the current one.
    const Outcome& outcome = entry.outcome;
    const int row = logTable_->rowCount();
    logTable_->insertRow(row);
    const QString details = outcome.error ? ActivityLog::errorText(*outcome.error) : outcome.detail;
    logTable_->setItem(row, 0, item(entry.time.toString(QStringLiteral("HH:mm:ss"))));
    logTable_->setItem(row, 1, item(ActivityLog::actionText(entry)));
    auto* resultItem = item(ActivityLog::resultText(outcome));
    // A failure is red with its own icon, never the grey of "not held"; a cancel stays grey.
    const QString mark = outcome.ok ? QStringLiteral("enabled") : outcome.cancelled ? QStringLiteral("not-held")
                                                                                   : QStringLiteral("failed");
    resultItem->setIcon(icon(mark));
    resultItem->setData(Qt::UserRole, mark);
    if (!outcome.ok && !outcome.cancelled) resultItem->setForeground(kErrorColour);
    logTable_->setItem(row, 2, resultItem);
    logTable_->setItem(row, 3,
                       item(QString(details).replace(QLatin1Char('\n'), QStringLiteral(" — ")), details));
    // Time, action and result whole ("Disable privilege — …" was cut); the details take the rest
    // and are whole in the tool tip and on a double-click.
    for (int column = 0; column < 3; ++column) {
        const int need = static_cast<QAbstractItemView*>(logTable_)->sizeHintForColumn(column);
        if (need > logTable_->columnWidth(column)) logTable_->setColumnWidth(column, need);
    }
}

void MainWindow::onState(const WorkerState& state) {
    stateShown_ = true;
    if (state.loggedOn) {
        const QString holder = state.sessionProcess > 0
                                   ? tr("the logon broker, process %1, holds the PAM session").arg(state.sessionProcess)
                                   : tr("this process holds the logon");
        const QString impersonation =
            state.impersonating ? tr("the worker thread impersonates it") : tr("not impersonating");
        // Two lines of fixed height, so logging on and off does not move the panels; the whole
        // of it in the tool tip.
#ifdef Q_OS_WIN
        // A Windows token's user is a SID; LogonUserW has no PAM steps and no broker.
        const QString whole = tr("Token: %1 (%2), %3 with %4; %5")
                                  .arg(state.user, state.userSid, state.type, state.provider, impersonation);
        sessionLabel_->setText(QStringLiteral("%1 (%2)\n%3").arg(state.user, state.userSid, impersonation));
        Q_UNUSED(holder)
#else
        const QString whole = tr("Token: %1 (uid %2, gid %3), %4; PAM steps: %5; %6; %7")
                                  .arg(state.user)
                                  .arg(state.uid)
                                  .arg(state.gid)
                                  .arg(state.type, state.steps, holder, impersonation);
        sessionLabel_->setText(QStringLiteral("%1 (uid %2), %3\n%4; %5")
                                   .arg(state.user)
                                   .arg(state.uid)
                                   .arg(state.type, impersonation, holder));
#endif
        sessionLabel_->setToolTip(whole);
    } else {
        sessionLabel_->setText(tr("No logon token."));
        sessionLabel_->setToolTip(QString());
    }
    // "As the user" says whose rights these are, and only while someone is logged on.
    asUserBox_->setTitle(asUserTitle(state));
    if (!state.impersonating && lastAccess_.impersonated) {
        // The results were the impersonated user's: after a revert or a log off they are stale.
        lastAccess_ = Outcome{};
        accessTable_->setRowCount(0);
        accessCaption_->setText(tr("The last results were the impersonated user's and were cleared."));
    }
    // An impersonation that was there before ours (the seed's IIS case): offer to revert it.
    const bool foreign = state.thread && state.thread->impersonating && !state.impersonating;
    existingLabel_->setVisible(foreign);
    if (foreign) {
        existingLabel_->setText(tr("The worker thread already impersonates %1, not through TokenScope. "
                                   "Use Revert to self first.")
                                    .arg(gui::principalText(state.thread->user)));
    }
    showIdentity(state);
    showPrivileges(state);
    updateButtons();
}

void MainWindow::showIdentity(const WorkerState& state) {
    auto process = processIdentity();
    auto processPrivileges = threadPrivileges();  // the GUI thread: it never impersonates
    identityTable_->setRowCount(0);
    if (!process || !state.thread) {
        identityTable_->setRowCount(1);
        identityTable_->setItem(0, 0, item(tr("Error")));
        if (!process) identityTable_->setItem(0, 1, item(text(process.error().summary())));
        return;
    }
    const Identity& worker = *state.thread;
    struct Row {
        Row(QString l, QString p, QString w, bool c = true, QString y = {})
            : label(std::move(l)), process(std::move(p)), worker(std::move(w)), compare(c), why(std::move(y)) {}
        QString label, process, worker;
        bool compare = true;
        QString why;  // why the two differ by design, for a row not compared
    };
    QList<Row> rows{
        {tr("User"), gui::principalText(process->user), gui::principalText(worker.user)},
        {tr("Group"), gui::principalText(process->primaryGroup), gui::principalText(worker.primaryGroup)},
        {tr("Groups"), groupsText(*process), groupsText(worker)},
    };
    // POSIX ids exist on Linux only; Windows names every principal by its SID.
    if (process->uids || worker.uids) rows.append({tr("uid r/e/s/fs"), idsText(process->uids), idsText(worker.uids)});
    if (process->gids || worker.gids) rows.append({tr("gid r/e/s/fs"), idsText(process->gids), idsText(worker.gids)});
    // The window's thread dropped every privilege at start and the worker thread keeps what it
    // needs: they differ by design until the worker impersonates, and only then is it compared.
    rows.append({tr("Privileges"), processPrivileges ? enabledPrivileges(*processPrivileges) : QString(),
                 enabledPrivileges(state.privileges), worker.impersonating,
                 worker.impersonating ? QString()
                                      : tr("by design: the window's thread dropped its privileges at start, the "
                                           "worker thread keeps those it needs")});
    rows.append({tr("Impersonating"), QString(),
                 worker.impersonating ? tr("yes, %1").arg(coreText(worker.impersonationLevel)) : tr("no"), false});
    const int coreRows = static_cast<int>(rows.size());  // these always in sight; the details below scroll
    // Then the platform's own facts (Windows: token type, elevation, integrity level, linked
    // token, logon session; Linux: NoNewPrivs, securebits…), in the order core gives them.
    auto detail = [](const Identity& identity, const std::string& key) {
        for (const auto& [name, value] : identity.details) {
            if (name == key) return text(value);
        }
        return QString();
    };
    QStringList keys;
    for (const Identity* identity : std::initializer_list<const Identity*>{&*process, &worker}) {
        for (const auto& entry : identity->details) {
            if (!keys.contains(text(entry.first))) keys << text(entry.first);
        }
    }
    for (const QString& key : keys) {
        rows.append({coreText(key.toStdString()), detail(*process, key.toStdString()), detail(worker, key.toStdString())});
    }
    identityTable_->setRowCount(static_cast<int>(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        const bool changed = rows[row].compare && rows[row].process != rows[row].worker;
        identityTable_->setItem(row, 0, item(rows[row].label));
        identityTable_->setItem(row, 1, item(rows[row].process, rows[row].process));
        auto* workerItem = item(rows[row].worker, rows[row].worker);
        identityTable_->setItem(row, 2, workerItem);
        const bool byDesign = !rows[row].compare && !rows[row].why.isEmpty() && rows[row].process != rows[row].worker;
        identityTable_->setItem(row, 3, item(changed ? tr("changed") : byDesign ? tr("differs") : QString(),
                                             byDesign ? rows[row].why : QString()));
        if (changed) {
            QFont bold = workerItem->font();
            bold.setBold(true);
            workerItem->setFont(bold);
            identityTable_->item(row, 3)->setIcon(icon(QStringLiteral("disabled")));
        }
    }
    // A long value (Windows tokens have a dozen groups) must not push the worker thread's column
    // out of sight: each value column is at most a third of the table, its cell's tool tip whole.
    identityTable_->resizeColumnsToContents();
    const int widest = std::max(identityTable_->viewport()->width() / 3, 240);
    for (int column : {1, 2}) {
        if (identityTable_->columnWidth(column) > widest) identityTable_->setColumnWidth(column, widest);
    }
    // The last column takes what is left (a resize to contents drops the stretch), and every
    // row up to Impersonating is in sight without scrolling (the platform's details follow).
    identityTable_->horizontalHeader()->setStretchLastSection(false);
    identityTable_->horizontalHeader()->setStretchLastSection(true);
    int coreHeight = 0;
    for (int row = 0; row < coreRows && row < identityTable_->rowCount(); ++row) coreHeight += identityTable_->rowHeight(row);
    identityTable_->setMinimumHeight(identityTable_->horizontalHeader()->sizeHint().height() + coreHeight +
                                     identityTable_->horizontalScrollBar()->sizeHint().height() +
                                     2 * identityTable_->frameWidth() + 2);
    fillGroupsTable(groupsTable_, worker);
}

// Core's needs say what TokenScope needs a privilege for, true of tokenscope-cli, which logs on in
// its own process. On Linux this program runs PAM in its logon broker (tokenscope-logon-broker),
// which keeps privilegesForLogon() for that; this process's session worker keeps only what it
// impersonates, runs programs as the user and ends them with. So core's logon needs are told here
// as the broker's, for what the broker keeps.
QStringList MainWindow::neededFor(const Privilege& privilege) {
    QStringList needs;
#ifdef Q_OS_WIN
    for (const auto& need : privilege.neededFor) needs << coreText(need);
#else
    for (const auto& need : privilege.neededFor) {
        if (need != "verify other users' passwords" && need != "open a logon session") needs << coreText(need);
    }
    static const std::vector<std::string> broker = privilegesForLogon();
    if (std::find(broker.begin(), broker.end(), privilege.name) == broker.end()) return needs;
    const std::string_view name = privilege.name;
    if (name == "CAP_DAC_READ_SEARCH" || name == "CAP_DAC_OVERRIDE")
        needs << tr("logon (in the logon broker: PAM reads /etc/shadow)");
    else if (name == "CAP_AUDIT_WRITE")
        needs << tr("logon and logoff (in the logon broker: PAM writes audit records)");
    else if (name == "CAP_AUDIT_CONTROL")
        needs << tr("logon session (in the logon broker: pam_loginuid sets the login uid)");
    else if (name == "CAP_SYS_RESOURCE")
        needs << tr("logon session (in the logon broker: pam_limits sets resource limits)");
    else
        needs << tr("logon session (in the logon broker: PAM's setcred and open_session work on the user's files)");
#endif
    return needs;
}

void MainWindow::showPrivileges(const WorkerState& state) {
    const int selected = privilegeTable_->currentRow();
    privilegeTable_->setRowCount(0);
    if (!state.privileges) {
        verdictLabel_->setText(tr("The privileges of the worker thread could not be read."));
        return;
    }
    const auto& report = *state.privileges;
    const auto needed = privilegesForImpersonation();
    privilegeTable_->setRowCount(static_cast<int>(report.privileges.size()));
    int row = 0;
    for (const auto& privilege : report.privileges) {
        const QString sets = privilegeSets(privilege);
        const QString stateText = privilegeState(privilege);
        const QString iconName = privilegeIconName(privilege);
        const QStringList needs = neededFor(privilege);
        const QString description = coreText(privilege.description);
        auto* name = item(text(privilege.name), description);
        name->setData(Qt::UserRole, text(privilege.name));
        name->setData(kHeldRole, privilege.held);
        name->setData(kEnabledRole, privilege.enabled);
        auto* stateItem = item(stateText);
        stateItem->setIcon(icon(iconName));
        privilegeTable_->setItem(row, 0, name);
        privilegeTable_->setItem(row, 1, stateItem);
        privilegeTable_->setItem(row, 2, item(sets, tr("p permitted, e effective, i inheritable, b bounding, a ambient")));
        const QString needsText = needs.join(tr(", ", "list separator"));
        privilegeTable_->setItem(row, 3, item(needsText, needsText));
        privilegeTable_->setItem(row, 4, item(description));
        const bool forImpersonation = std::find(needed.begin(), needed.end(), privilege.name) != needed.end();
        if (!needs.isEmpty()) {
            QFont bold = name->font();
            bold.setBold(true);
            name->setFont(bold);
        }
        if (forImpersonation) {
            // An amber tint, never the selection's colour: a needed row and the chosen row must
            // not be confused.
            for (int column = 0; column < privilegeTable_->columnCount(); ++column) {
                privilegeTable_->item(row, column)->setBackground(kNeededTint);
                privilegeTable_->item(row, column)->setForeground(QColor(Qt::black));
            }
            name->setToolTip(tr("Impersonation needs this today. %1").arg(description));
        }
        ++row;
    }
    // Description, the column a newcomer reads, stays in sight: the sets and what needs the
    // privilege are at most a fifth of the width each (their whole text in the tool tip), and it
    // takes the rest.
    privilegeTable_->resizeColumnsToContents();
    const int widest = std::max(privilegeTable_->viewport()->width() / 5, 120);
    for (int column = 2; column < 4; ++column) {  // the name and the state stay whole
        if (privilegeTable_->columnWidth(column) > widest) privilegeTable_->setColumnWidth(column, widest);
    }
    privilegeTable_->horizontalHeader()->setStretchLastSection(false);
    privilegeTable_->horizontalHeader()->setStretchLastSection(true);
    if (selected >= 0 && selected < privilegeTable_->rowCount()) privilegeTable_->selectRow(selected);

    QString verdict = privilegeVerdict(report);
    for (const auto& note : report.notes) verdict += QStringLiteral("\n") + privilegeNote(report, note);
    verdictLabel_->setText(verdict);
    verdictLabel_->setProperty("ready", report.canImpersonate);
    lightLabel_->setPixmap(icon(report.canImpersonate ? QStringLiteral("ready") : QStringLiteral("not-ready"))
                               .pixmap(24, 24));
    lightLabel_->setAccessibleName(report.canImpersonate ? tr("Ready to impersonate") : tr("Not ready to impersonate"));
    lightLabel_->setToolTip(lightLabel_->accessibleName());
}

void MainWindow::showAccess(const Outcome& outcome) {
    if (&outcome != &lastAccess_) lastAccess_ = outcome;
    accessCaption_->setText(outcome.impersonated ? tr("%1 as %2 (impersonated)").arg(outcome.path, outcome.subject)
                                                 : tr("%1 as %2 (the worker thread, not impersonating)")
                                                       .arg(outcome.path, outcome.subject));
    accessTable_->setRowCount(static_cast<int>(outcome.access.size()));
    int row = 0;
    for (const auto& check : outcome.access) {
        accessTable_->setItem(row, 0, item(coreText(accessRightName(check.right)), text(check.method)));
        auto* result = item(check.granted ? tr("granted") : tr("denied"));
        result->setIcon(icon(check.granted ? QStringLiteral("enabled") : QStringLiteral("not-held")));
        accessTable_->setItem(row, 1, result);
        // Why: the rule that decided, from the explanation of the same right; the open's own
        // error in the tooltip. Where the two disagree (a security module, a race), both are said.
        QString why = check.error ? text(check.error->summary()) : QString();
        QString tip = check.error ? ActivityLog::errorText(*check.error) : QString();
        if (outcome.explanation) {
            for (const auto& explained : outcome.explanation->checks) {
                if (explained.right != check.right) continue;
                why = text(explained.decidedBy.text);
                if (explained.granted != check.granted)
                    why = tr("%1 (the explanation says %2, the real attempt %3)")
                              .arg(why, explained.granted ? tr("granted") : tr("denied"),
                                   check.granted ? tr("granted") : tr("denied"));
                tip = tip.isEmpty() ? why : why + QStringLiteral("\n\n") + tip;
            }
        }
        accessTable_->setItem(row, 2, item(why, tip));
        ++row;
    }
    accessTable_->resizeColumnsToContents();
}

QString MainWindow::asUserTitle(const WorkerState& state) const {
    return state.loggedOn ? tr("As %1").arg(state.user) : tr("Access probe and run-as");
}

void MainWindow::showLogEntry(int row) {
    const auto& entries = log_.entries();
    if (row < 0 || row >= static_cast<int>(entries.size())) return;
    const ActivityEntry& entry = entries[static_cast<std::size_t>(row)];
    const Outcome& outcome = entry.outcome;
    QString body = QStringLiteral("%1\n%2: %3\n\n")
                       .arg(entry.time.toString(Qt::ISODate), ActivityLog::actionText(entry),
                            ActivityLog::resultText(outcome));
    if (!outcome.detail.isEmpty()) body += outcome.detail + QStringLiteral("\n\n");
    if (outcome.error) body += ActivityLog::errorText(*outcome.error);
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("logEntryDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Activity entry"));
    auto* view = new QPlainTextEdit(body.trimmed());
    view->setObjectName(QStringLiteral("logEntryText"));
    view->setReadOnly(true);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(close, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(view);
    layout->addWidget(close);
    dialog->resize(640, 360);
    dialog->show();
}

void MainWindow::showLogonResult(const Outcome& outcome) {
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
    logonResultLabel_->setText(result);
    logonResultLabel_->setProperty("failed", !outcome.ok && !outcome.cancelled);
    QPalette palette = logonResultLabel_->palette();
    palette.setColor(QPalette::WindowText,
                     !outcome.ok && !outcome.cancelled ? kErrorColour : this->palette().color(QPalette::WindowText));
    logonResultLabel_->setPalette(palette);
    logonResultLabel_->setVisible(!result.isEmpty());
}

void MainWindow::showAccount(const AccountStatus& status) {
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
    QPalette palette = accountLabel_->palette();
    palette.setColor(QPalette::WindowText, status.canLogOn ? this->palette().color(QPalette::WindowText) : kErrorColour);
    accountLabel_->setPalette(palette);
    accountLabel_->show();
}

void MainWindow::setSelectedPrivilege(bool enable) {
    const int row = privilegeTable_->currentRow();
    if (row < 0) return;
    session_->setPrivilege(privilegeTable_->item(row, 0)->data(Qt::UserRole).toString(), enable);
}

void MainWindow::updateButtons() {
    const bool busy = session_->busy();
    const auto& state = session_->state();
    const bool foreign = state.thread && state.thread->impersonating && !state.impersonating;
    logonButton_->setEnabled(!busy && !state.impersonating);
    impersonateButton_->setEnabled(!busy && state.loggedOn && !state.impersonating);
    revertButton_->setEnabled(!busy && (state.impersonating || foreign));
    logoffButton_->setEnabled(!busy && state.loggedOn);
    probeButton_->setEnabled(!busy);
    checkAccountButton_->setEnabled(!busy);
    runButton_->setEnabled(!busy && state.loggedOn && !state.impersonating);
    // A disabled button says why (Qt shows tool tips of disabled widgets).
    runButton_->setToolTip(!state.loggedOn      ? tr("Log on first: the program runs with the logon's token")
                           : state.impersonating ? tr("Revert to self first: the program is started from the worker "
                                                      "thread's own identity, which then switches to the user")
                                                 : tr("Run the command as the logged-on user, in a session of its own"));
    // Enable only what is held and off, Disable only what is on.
    const int row = privilegeTable_->currentRow();
    const QTableWidgetItem* chosen = row >= 0 ? privilegeTable_->item(row, 0) : nullptr;
    const bool held = chosen != nullptr && chosen->data(kHeldRole).toBool();
    const bool on = chosen != nullptr && chosen->data(kEnabledRole).toBool();
    enableButton_->setEnabled(!busy && held && !on);
    disableButton_->setEnabled(!busy && on);
}

QString MainWindow::reportMarkdown() const { return log_.toMarkdown(session_->state()); }

QByteArray MainWindow::reportJson() const {
    return QJsonDocument(log_.toJson(session_->state())).toJson(QJsonDocument::Indented);
}

void MainWindow::copyReport() {
    QGuiApplication::clipboard()->setText(reportMarkdown());
    showStatus([] { return tr("The report is on the clipboard (Markdown)."); }, 5000);
}

void MainWindow::saveReport() {
    QString filter;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save report"), QStringLiteral("tokenscope-report.md"),
                                                      tr("Markdown (*.md);;JSON (*.json)"), &filter);
    if (path.isEmpty()) return;
    QSaveFile file(path);
    const bool json = path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive);
    if (!file.open(QIODevice::WriteOnly) || file.write(json ? reportJson() : reportMarkdown().toUtf8()) < 0 ||
        !file.commit()) {
        QMessageBox::warning(this, tr("Save report"), tr("Could not save %1: %2").arg(path, file.errorString()));
        return;
    }
    showStatus([path] { return tr("Saved %1").arg(path); }, 5000);
}

void MainWindow::restoreSettings() {
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    rememberedUser_ = settings.value(QStringLiteral("logon/user")).toString();
    rememberedDomain_ = settings.value(QStringLiteral("logon/domain")).toString();
    userEdit_->setText(rememberedUser_);
    domainEdit_->setText(rememberedDomain_);
    const int type = typeCombo_->findData(settings.value(QStringLiteral("logon/type"), 2).toUInt());
    if (type >= 0) typeCombo_->setCurrentIndex(type);
}

void MainWindow::saveSettings() const {
    // The password is never stored.
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    // Only a user that logged on is remembered, never a name that failed.
    settings.setValue(QStringLiteral("logon/user"), rememberedUser_);
    settings.setValue(QStringLiteral("logon/domain"), rememberedDomain_);
    settings.setValue(QStringLiteral("logon/type"), typeCombo_->currentData().toUInt());
}

void MainWindow::closeEvent(QCloseEvent* event) {
    saveSettings();
    // Log off now, within SessionController::kQuitWait (+ kEndWait), while the log can say how.
    session_->shutdown();
    event->accept();
}

void MainWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::translated(std::function<void()> apply) {
    apply();
    retranslations_.push_back(std::move(apply));
}

void MainWindow::showStatus(std::function<QString()> message, int timeout) {
    statusShown_ = message();
    status_ = std::move(message);
    statusBar()->showMessage(statusShown_, timeout);
}

void MainWindow::retranslateUi() {
    for (const auto& apply : retranslations_) apply();
    for (auto* action : languageGroup_->actions())
        action->setChecked(action->data().toString() == uiLanguage());
    updateChoiceTips();
    if (stateShown_) onState(session_->state());  // the session line, identity and privilege tables, verdict
    logTable_->setRowCount(0);
    for (const auto& entry : log_.entries()) addLogRow(entry);
    if (!lastAccess_.access.empty()) showAccess(lastAccess_);
    if (lastLogon_) showLogonResult(*lastLogon_);
    // A message still showing is said again in the new language.
    if (status_ && statusBar()->currentMessage() == statusShown_) {
        statusShown_ = status_();
        statusBar()->showMessage(statusShown_);
    }
}

}  // namespace tokenscope::gui
