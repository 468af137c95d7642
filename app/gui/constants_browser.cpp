#include "constants_browser.hpp"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include "constant_models.hpp"
#include "core_text.hpp"
#include "pywin32_names.hpp"
#include "tokenscope/error_decoder.hpp"
#include "tokenscope/logon.hpp"
#include "tokenscope/logon_failure.hpp"

namespace tokenscope::gui {
namespace {

constexpr std::size_t kShownResults = 500;
// The family members listed in the detail pane; the rest are a click away (the family's glob).
// Sixty lines cost the pane several milliseconds of layout, twenty well under one.
constexpr qsizetype kShownSiblings = 20;
// How long typing must pause before the detail pane shows the first hit.
constexpr int kDetailDelayMs = 50;

QString text(std::string_view value) { return QString::fromUtf8(value.data(), static_cast<qsizetype>(value.size())); }

QString binary(const Constant& constant) {
    const unsigned width = constant.width ? constant.width : 64;
    const std::uint64_t bits = width >= 64 ? constant.bits : (constant.bits & ((std::uint64_t{1} << width) - 1));
    QString digits = QString::number(bits, 2).rightJustified(static_cast<int>(std::min(width, 64u)), QLatin1Char('0'));
    for (int i = static_cast<int>(digits.size()) - 4; i > 0; i -= 4) digits.insert(i, QLatin1Char(' '));
    return digits;
}

void configureView(QTreeView* view, const QString& objectName) {
    view->setObjectName(objectName);
    view->setUniformRowHeights(true);  // lets the view skip measuring rows it does not show
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->header()->setStretchLastSection(true);
}

}  // namespace

ConstantsBrowser::ConstantsBrowser(QWidget* parent)
    : QWidget(parent, Qt::Window), index_(ConstantIndex::instance()) {
    setObjectName(QStringLiteral("constantsBrowser"));

    searchEdit_ = new QLineEdit;
    searchEdit_->setObjectName(QStringLiteral("constantSearch"));
    searchEdit_->setClearButtonEnabled(true);
    searchLabel_ = new QLabel;
    searchLabel_->setObjectName(QStringLiteral("constantSearchLabel"));
    searchLabel_->setBuddy(searchEdit_);
    countLabel_ = new QLabel;
    countLabel_->setObjectName(QStringLiteral("constantCount"));

    treeModel_ = new ConstantTreeModel(index_, this);
    listModel_ = new ConstantListModel(this);
    tree_ = new QTreeView;
    configureView(tree_, QStringLiteral("constantTree"));
    tree_->setModel(treeModel_);
    tree_->setColumnWidth(0, 320);
    results_ = new QTreeView;
    configureView(results_, QStringLiteral("constantResults"));
    results_->setRootIsDecorated(false);
    results_->setModel(listModel_);
    results_->setColumnWidth(0, 320);
    // Best match first (no column marked); a click on a header sorts by that column.
    results_->header()->setSortIndicator(-1, Qt::AscendingOrder);
    results_->setSortingEnabled(true);
    views_ = new QStackedWidget;
    views_->addWidget(tree_);
    views_->addWidget(results_);

    details_ = new QTextBrowser;
    details_->setObjectName(QStringLiteral("constantDetails"));
    details_->setOpenLinks(false);
    connect(details_, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url.scheme() == QStringLiteral("query")) searchEdit_->setText(url.path());
        else showConstant(url.path());
    });
    detailTimer_ = new QTimer(this);
    detailTimer_->setSingleShot(true);
    detailTimer_->setInterval(kDetailDelayMs);
    connect(detailTimer_, &QTimer::timeout, this, &ConstantsBrowser::flushDetails);

    auto* copyRow = new QHBoxLayout;
    copyLabel_ = new QLabel;
    copyRow->addWidget(copyLabel_);
    for (const QString& language :
         {QStringLiteral("c"), QStringLiteral("python"), QStringLiteral("csharp")}) {
        auto* button = new QPushButton;
        button->setObjectName(QStringLiteral("copy_") + language);
        connect(button, &QPushButton::clicked, this, [this, language] {
            if (!current_) return;
            const QString copied = copyText(language);
            QGuiApplication::clipboard()->setText(copied);
            // Say what went to the clipboard, for a moment.
            copiedLabel_->setText(tr("Copied: %1").arg(copied));
            QTimer::singleShot(4000, copiedLabel_, [label = copiedLabel_, copied] {
                if (label->text().endsWith(copied)) label->clear();
            });
        });
        copyRow->addWidget(button);
        copyButtons_ << button;
    }
    copiedLabel_ = new QLabel;
    copiedLabel_->setObjectName(QStringLiteral("copiedLabel"));
    copiedLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    copyRow->addWidget(copiedLabel_, 1);

    // For an NTSTATUS: event 4625 gives it as Status with a Sub Status and a Logon Type.
    eventRow_ = new QWidget;
    eventRow_->setObjectName(QStringLiteral("eventRow"));
    subStatusEdit_ = new QLineEdit;
    subStatusEdit_->setObjectName(QStringLiteral("subStatusEdit"));
    subStatusEdit_->setPlaceholderText(QStringLiteral("0xC000006A"));
    subStatusLabel_ = new QLabel;
    subStatusLabel_->setBuddy(subStatusEdit_);
    logonTypeEdit_ = new QLineEdit;
    logonTypeEdit_->setObjectName(QStringLiteral("logonTypeEdit"));
    logonTypeEdit_->setPlaceholderText(QStringLiteral("2"));
    logonTypeEdit_->setMaximumWidth(logonTypeEdit_->fontMetrics().horizontalAdvance(QStringLiteral("0000")) + 16);
    logonTypeLabel_ = new QLabel;
    logonTypeLabel_->setBuddy(logonTypeEdit_);
    auto* eventLayout = new QHBoxLayout(eventRow_);
    eventLayout->setContentsMargins(0, 0, 0, 0);
    eventLayout->addWidget(subStatusLabel_);
    eventLayout->addWidget(subStatusEdit_, 1);
    eventLayout->addWidget(logonTypeLabel_);
    eventLayout->addWidget(logonTypeEdit_);
    eventRow_->hide();
    for (auto* edit : {subStatusEdit_, logonTypeEdit_})
        connect(edit, &QLineEdit::textChanged, this, [this] { fillDetails(); });

    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(eventRow_);
    rightLayout->addWidget(details_);
    rightLayout->addLayout(copyRow);

    auto* splitter = new QSplitter;
    splitter->addWidget(views_);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel_);
    searchRow->addWidget(searchEdit_, 1);
    searchRow->addWidget(countLabel_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addWidget(splitter, 1);

    connect(searchEdit_, &QLineEdit::textChanged, this, &ConstantsBrowser::filter);
    // A node just opened shows its children: its last one is scrolled to, then the node itself.
    connect(tree_, &QTreeView::expanded, this, [this](const QModelIndex& node) {
        const int children = treeModel_->rowCount(node);
        if (children > 0) tree_->scrollTo(treeModel_->index(children - 1, 0, node));
        tree_->scrollTo(node, QAbstractItemView::PositionAtTop);
    });
    connect(tree_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showDetails(treeModel_->constantAt(current)); });
    connect(results_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { scheduleDetails(listModel_->constantAt(current)); });

    resize(1100, 700);
    retranslateUi();
}

void ConstantsBrowser::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    QWidget::changeEvent(event);
}

void ConstantsBrowser::retranslateUi() {
    setWindowTitle(tr("TokenScope — Constants browser"));
    searchEdit_->setAccessibleName(tr("Search constants"));
    searchEdit_->setPlaceholderText(tr("Name, glob (LOGON32_*) or value (1326, 0x52E, -5)"));
    searchLabel_->setText(tr("&Search:"));
    tree_->setAccessibleName(tr("Constants by header and family"));
    results_->setAccessibleName(tr("Search results"));
    details_->setAccessibleName(tr("Constant details"));
    copyLabel_->setText(tr("Copy as:"));
    subStatusLabel_->setText(tr("Event 4625 Sub Status:"));
    subStatusEdit_->setAccessibleName(tr("Event 4625 Sub Status"));
    subStatusEdit_->setToolTip(tr("The Sub Status of an 'An account failed to log on' event whose Status is this NTSTATUS"));
    logonTypeLabel_->setText(tr("Logon Type:"));
    logonTypeEdit_->setAccessibleName(tr("Event 4625 Logon Type"));
    // Language names of programming languages, with a mnemonic each.
    const QStringList labels{tr("&C/C++"), tr("&Python"), tr("C&#")};
    for (qsizetype i = 0; i < copyButtons_.size(); ++i) {
        copyButtons_[i]->setText(labels[i]);
        copyButtons_[i]->setAccessibleName(tr("Copy as %1").arg(QString(labels[i]).remove(QLatin1Char('&'))));
    }
    treeModel_->retranslate();
    listModel_->retranslate();
    // The count and the detail pane, without losing the selection.
    const Constant* shown = current_;
    const QString query = searchEdit_->text().trimmed();
    if (query.isEmpty()) {
        countLabel_->setText(tr("%n constant(s)", nullptr, static_cast<int>(index_.size())));
        views_->setCurrentWidget(tree_);
    } else {
        filter(query);
    }
    showDetails(shown);
}

void ConstantsBrowser::setQuery(const QString& query) {
    searchEdit_->setText(query);  // filters through textChanged
    if (query.isEmpty()) filter(query);
}

void ConstantsBrowser::filter(const QString& rawQuery) {
    const QString query = rawQuery.trimmed();
    if (query.isEmpty()) {
        views_->setCurrentWidget(tree_);
        countLabel_->setText(tr("%n constant(s)", nullptr, static_cast<int>(index_.size())));
        return;
    }
    const std::string utf8 = query.toStdString();
    std::vector<const Constant*> shown;
    std::size_t total = 0;
    // A GUID in any spelling (from an event log, the registry, code): the constants with it.
    if (auto guid = parseGuid(utf8)) {
        shown = index_.searchGuid(*guid);
        total = shown.size();
        listModel_->setResults(std::move(shown), total);
        views_->setCurrentWidget(results_);
        countLabel_->setText(tr("%n match(es)", nullptr, static_cast<int>(total)));
        if (listModel_->rowCount() > 0) results_->setCurrentIndex(listModel_->index(0, 0));
        else showDetails(nullptr);
        return;
    }
    // A number searches by value first; a name (or glob) by name. Both when both fit (e.g. "E").
    if (auto number = parseNumber(utf8)) {
        auto byValue = index_.searchValue(*number, kShownResults);
        shown = std::move(byValue.items);
        total = byValue.total;
    }
    if (auto byName = index_.searchName(utf8, kShownResults)) {
        total += byName->total;
        for (const auto* constant : byName->items) {
            if (shown.size() >= kShownResults) break;
            shown.push_back(constant);
        }
    }
    listModel_->setResults(std::move(shown), total);
    views_->setCurrentWidget(results_);
    if (total > kShownResults) {
        countLabel_->setText(
            tr("%1 of %n matches — refine the query", nullptr, static_cast<int>(total)).arg(kShownResults));
    } else {
        countLabel_->setText(tr("%n match(es)", nullptr, static_cast<int>(total)));
    }
    if (listModel_->rowCount() > 0) results_->setCurrentIndex(listModel_->index(0, 0));
    else showDetails(nullptr);
}

bool ConstantsBrowser::showConstant(const QString& name) {
    const Constant* constant = index_.find(name.toStdString());
    if (constant == nullptr) return false;
    searchEdit_->blockSignals(true);
    searchEdit_->clear();
    searchEdit_->blockSignals(false);
    filter(QString());
    const QModelIndex leaf = treeModel_->indexOf(constant);
    tree_->setCurrentIndex(leaf);
    tree_->scrollTo(leaf, QAbstractItemView::PositionAtCenter);
    showDetails(constant);
    return true;
}

void ConstantsBrowser::showDetails(const Constant* constant) {
    current_ = constant;
    detailsPending_ = true;
    flushDetails();
}

void ConstantsBrowser::scheduleDetails(const Constant* constant) {
    current_ = constant;
    detailsPending_ = true;
    detailTimer_->start();  // restarts: only the last keystroke's hit is drawn
}

void ConstantsBrowser::flushDetails() const {
    if (!detailsPending_) return;
    detailsPending_ = false;
    detailTimer_->stop();
    fillDetails();
}

void ConstantsBrowser::fillDetails() const {
    const Constant* constant = current_;
    eventRow_->setVisible(constant != nullptr && constant->kind == ConstantKind::NtStatus);
    if (constant == nullptr) {
        details_->setHtml(tr("<p>No constant selected.</p>"));
        return;
    }
    const QString name = constantName(*constant).toHtmlEscaped();
    QString html = QStringLiteral("<h2>%1</h2><table>").arg(name);
    auto row = [&html](const QString& label, const QString& value) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td><tt>%2</tt></td></tr>").arg(label.toHtmlEscaped(), value);
    };
    if (constant->isNumeric()) {
        row(tr("Decimal"), constantValue(*constant).toHtmlEscaped());
        row(tr("Hex"), constantHex(*constant).toHtmlEscaped());
        row(tr("Binary"), binary(*constant));
    } else if (constant->isGuid()) {
        row(tr("GUID"), text(constant->text.substr(0, 38)).toHtmlEscaped());
        if (constant->kind != ConstantKind::Guid) row(tr("Property id"), QString::number(constant->bits));
    } else {
        row(tr("String"), QStringLiteral("\"%1\"").arg(text(constant->text).toHtmlEscaped()));
    }
    row(tr("C type"), text(constant->ctype).toHtmlEscaped());
    row(tr("Kind"), text(kindName(constant->kind)).toHtmlEscaped());
    row(tr("Header"), text(constant->header).toHtmlEscaped());
    row(tr("Family"), text(constant->family).toHtmlEscaped());
    const QStringList modules = pywin32Modules(constantName(*constant));
    row(tr("pywin32"), modules.isEmpty() ? tr("no module defines it").toHtmlEscaped()
                                         : modules.join(QStringLiteral(", ")).toHtmlEscaped());
    html += QStringLiteral("</table>");
    // A logon type or provider: what it means, as the logon drop-downs say it.
    for (const auto& info : logonTypes())
        if (info.constant == constant->name)
            html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Meaning:"), coreText(std::string(info.meaning)).toHtmlEscaped());
    for (const auto& info : logonProviders())
        if (info.constant == constant->name)
            html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Meaning:"), coreText(std::string(info.meaning)).toHtmlEscaped());

    // A GUID as each language writes it.
    if (constant->isGuid()) {
        html += QStringLiteral("<p><b>%1</b></p><table>").arg(tr("Written as:"));
        for (const auto& [label, language] : {std::pair{QStringLiteral("C"), QStringLiteral("c")},
                                              std::pair{QStringLiteral("C++"), QStringLiteral("cpp")},
                                              std::pair{QStringLiteral("Python"), QStringLiteral("python")},
                                              std::pair{QStringLiteral("C#"), QStringLiteral("csharp")}})
            html += QStringLiteral("<tr><td><b>%1</b></td><td><tt>%2</tt></td></tr>")
                        .arg(label, guidForm(*constant, language).toHtmlEscaped());
        html += QStringLiteral("</table>");
    }

    // The decoded message of an error code.
    const auto kind = constant->kind;
    if (kind == ConstantKind::Win32Error || kind == ConstantKind::HResult || kind == ConstantKind::NtStatus) {
        const auto code = static_cast<std::uint32_t>(constant->bits);
        // One message everywhere: TokenScope's for a Win32 error (the main window's words), the
        // system's text beside it when it words it otherwise, each with where it comes from.
        const auto message = index_.message(code, kind == ConstantKind::NtStatus);
        const auto own = kind == ConstantKind::Win32Error ? describeWin32Error(code) : std::nullopt;
        if (own && !own->message.empty()) {
            html += QStringLiteral("<p><b>%1</b> %2 <i>(%3)</i></p>")
                        .arg(tr("Message:"), text(own->message).toHtmlEscaped(), tr("TokenScope"));
            if (!message.empty() && text(message).trimmed() != text(own->message).trimmed())
                html += QStringLiteral("<p><b>%1</b> %2 <i>(%3)</i></p>")
                            .arg(tr("System text:"), text(message).toHtmlEscaped(), tr("FormatMessageW, as recorded under Wine"));
        } else if (!message.empty()) {
            html += QStringLiteral("<p><b>%1</b> %2 <i>(%3)</i></p>")
                        .arg(tr("Message:"), text(message).toHtmlEscaped(), tr("FormatMessageW, as recorded under Wine"));
        }
        // An HRESULT's fields, as `tokenscope-cli error` reads them.
        if (kind == ConstantKind::HResult) {
            if (auto decoded = index_.decodeError(hexCode(code))) {
                QString fields = tr("severity %1, facility %2, code %3")
                                     .arg(decoded->failure ? tr("1 (failure)") : tr("0 (success)"))
                                     .arg(decoded->facilityName.empty()
                                              ? QString::number(decoded->facility)
                                              : QStringLiteral("%1 (%2)").arg(decoded->facility).arg(text(decoded->facilityName)))
                                     .arg(decoded->code);
                if (decoded->win32) {
                    const auto inside = describeWin32Error(*decoded->win32);
                    fields += QStringLiteral("; ") + tr("the Win32 error inside: %1 (%2)")
                                                         .arg(inside ? text(inside->name) : QStringLiteral("?"))
                                                         .arg(*decoded->win32);
                }
                html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("HRESULT:"), fields.toHtmlEscaped());
            }
        }
        // Windows' mapping both ways (RtlNtStatusToDosError, as recorded under Wine), linked.
        auto link = [](std::string_view target, const QString& fallback) {
            return target.empty() ? fallback.toHtmlEscaped()
                                : QStringLiteral("<a href=\"constant:%1\">%1</a>").arg(text(target).toHtmlEscaped());
        };
        if (kind == ConstantKind::NtStatus) {
            if (const auto win32 = index_.win32ForNtStatus(code))
                html += QStringLiteral("<p><b>%1</b> %2 (%3) <i>(%4)</i></p>")
                            .arg(tr("Win32 error:"), link(index_.win32ErrorName(*win32), QString::number(*win32)))
                            .arg(*win32)
                            .arg(tr("RtlNtStatusToDosError, as recorded under Wine"));
        }
        if (kind == ConstantKind::Win32Error) {
            const auto statuses = index_.ntStatusesForWin32(code);
            QStringList links;
            for (const auto status : statuses) {
                if (links.size() == kShownSiblings) {
                    links << tr("… %n in all", nullptr, static_cast<int>(statuses.size()));
                    break;
                }
                links << link(index_.ntStatusName(status), QString::fromStdString(hexCode(status)));
            }
            if (!links.isEmpty())
                html += QStringLiteral("<p><b>%1</b> %2</p>")
                            .arg(tr("NTSTATUS values Windows reports as this error:"), links.join(QStringLiteral(", ")));
        }
        // Event 4625: this NTSTATUS as Status, with the Sub Status and Logon Type typed above.
        if (kind == ConstantKind::NtStatus && (!subStatusEdit_->text().trimmed().isEmpty() ||
                                               !logonTypeEdit_->text().trimmed().isEmpty())) {
            html += logonFailureHtml(code);
        }
        if (kind == ConstantKind::Win32Error) {
            const auto hint = win32ErrorHint(code);
            if (!hint.empty())
                html +=
                    QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Hint:"), coreText(hint).toHtmlEscaped());
        }
    }

    // The value split into the named flags of its family, and the family's other members.
    if (!constant->family.empty()) {
        if (constant->isNumeric()) {
            // In the constant's own width: a 32-bit HRESULT held sign-extended is 0x80070005,
            // not 0xFFFFFFFF80070005.
            const std::uint64_t own =
                constant->width < 64 ? constant->bits & ((std::uint64_t{1} << constant->width) - 1) : constant->bits;
            if (auto split = index_.splitFlags(own, constant->family)) {
                QStringList flags;
                for (const auto* flag : split->flags) flags << constantName(*flag);
                if (flags.size() > 1 || split->leftover != 0) {
                    QString line = flags.join(QStringLiteral(" | "));
                    if (split->leftover != 0) line += QStringLiteral(" | 0x%1").arg(split->leftover, 0, 16);
                    html += QStringLiteral("<p><b>%1</b> <tt>%2</tt></p>").arg(tr("Flags:"), line.toHtmlEscaped());
                }
            }
        }
        const std::string glob = familyPattern(constant->family);
        auto siblings = index_.searchName(glob, 60);
        if (siblings && siblings->total > 1) {
            QStringList links;
            bool more = siblings->total > siblings->items.size();
            for (const auto* sibling : siblings->items) {
                if (sibling == constant || sibling->family != constant->family) continue;
                if (links.size() == kShownSiblings) {
                    more = true;
                    break;
                }
                links << QStringLiteral("<a href=\"constant:%1\">%1</a> = %2")
                             .arg(constantName(*sibling).toHtmlEscaped(), constantValue(*sibling).toHtmlEscaped());
            }
            if (more) {
                const QString query = QString::fromStdString(glob).toHtmlEscaped();
                links << QStringLiteral("<a href=\"query:%1\">%2</a>").arg(query, tr("All constants named %1…").arg(query));
            }
            if (!links.isEmpty()) {
                html += QStringLiteral("<p><b>%1</b><br>%2</p>")
                            .arg(tr("Family %1:").arg(text(constant->family).toHtmlEscaped()),
                                 links.join(QStringLiteral("<br>")));
            }
        }
    }
    details_->setHtml(html);
}

QString ConstantsBrowser::logonFailureHtml(std::uint32_t status) const {
    std::optional<std::uint32_t> sub;
    std::optional<unsigned> type;
    const QString subText = subStatusEdit_->text().trimmed();
    const QString typeText = logonTypeEdit_->text().trimmed();
    auto problem = [](const QString& what) {
        return QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Event 4625:"), what.toHtmlEscaped());
    };
    if (!subText.isEmpty()) {
        const auto decoded = index_.decodeError(subText.toStdString());
        if (!decoded) return problem(text(decoded.error().native));
        sub = decoded->value;
    }
    if (!typeText.isEmpty()) {
        bool ok = false;
        type = typeText.toUInt(&ok);
        if (!ok) return problem(tr("the Logon Type is a number (2 interactive, 3 network, 10 remote interactive)"));
    }
    const auto explained = explainLogonFailure(status, sub, type);
    if (!explained) return problem(text(explained.error().native));
    const auto& e = *explained;
    auto named = [](const LogonFailureCode& c) {
        return QStringLiteral("%1 (%2)").arg(text(c.win32Name)).arg(c.win32.value_or(0));
    };
    QString html = QStringLiteral("<p><b>%1</b> %2</p><ul>").arg(tr("Event 4625:"), text(e.meaning).toHtmlEscaped());
    if (e.callerSaw.win32)
        html += QStringLiteral("<li>%1</li>").arg(tr("The caller saw %1.").arg(named(e.callerSaw)).toHtmlEscaped());
    if (e.subStatus && e.subStatus->win32)
        html += QStringLiteral("<li>%1</li>")
                    .arg(tr("The Sub Status %1 is Win32 error %2.").arg(text(e.subStatus->name), named(*e.subStatus)).toHtmlEscaped());
    if (!e.logonRight.empty())
        html += QStringLiteral("<li>%1</li>").arg(tr("Logon right: %1").arg(text(e.logonRight)).toHtmlEscaped());
    if (!e.hint.empty()) html += QStringLiteral("<li>%1</li>").arg(tr("Try: %1").arg(text(e.hint)).toHtmlEscaped());
    for (const auto& note : e.notes) html += QStringLiteral("<li>%1</li>").arg(text(note).toHtmlEscaped());
    return html + QStringLiteral("</ul>");
}

QString ConstantsBrowser::detailText() const {
    flushDetails();
    return details_->toPlainText();
}

QString ConstantsBrowser::guidForm(const Constant& constant, const QString& language) {
    const auto guid = parseGuid(constant.text.substr(0, 38));
    if (!guid) return {};
    const auto& b = guid->bytes;
    const QString name = constantName(constant);
    const QString registry = text(constant.text.substr(0, 38));
    const QString bare = registry.mid(1, 36);
    const bool key = constant.kind != ConstantKind::Guid;
    const QString pid = QString::number(constant.bits);
    auto hex = [](unsigned value, int digits) { return QStringLiteral("0x%1").arg(value, digits, 16, QLatin1Char('0')); };
    const unsigned d1 = b[0] | b[1] << 8 | b[2] << 16 | static_cast<unsigned>(b[3]) << 24;
    const QString head = QStringLiteral("%1, %2, %3").arg(hex(d1, 8), hex(b[4] | b[5] << 8, 4), hex(b[6] | b[7] << 8, 4));
    QStringList tail;
    for (std::size_t k = 8; k < 16; ++k) tail << hex(b[k], 2);
    if (constant.ctype == "__uuidof") {
        // A C++ type's GUID that the headers give only to __uuidof (no IID_ name): C++ asks the
        // type; C, Python and C# get a variable named as MIDL would name it.
        const QString variable = QStringLiteral("IID_") + name;
        if (language == QStringLiteral("cpp")) return QStringLiteral("__uuidof(%1)").arg(name);
        if (language == QStringLiteral("c"))
            return QStringLiteral("DEFINE_GUID(%1, %2, %3);  /* __uuidof(%4) in C++ */")
                .arg(variable, head, tail.join(QStringLiteral(", ")), name);
        if (language == QStringLiteral("python")) return QStringLiteral("%1 = pywintypes.IID('%2')").arg(variable, registry);
        return QStringLiteral("static readonly Guid %1 = new Guid(\"%2\");").arg(variable, bare);
    }
    if (language == QStringLiteral("c")) {
        const QString macro = constant.kind == ConstantKind::PropertyKey ? QStringLiteral("DEFINE_PROPERTYKEY")
                              : constant.kind == ConstantKind::DevPropKey ? QStringLiteral("DEFINE_DEVPROPKEY")
                                                                          : QStringLiteral("DEFINE_GUID");
        return QStringLiteral("%1(%2, %3, %4%5);")
            .arg(macro, name, head, tail.join(QStringLiteral(", ")), key ? QStringLiteral(", ") + pid : QString());
    }
    if (language == QStringLiteral("cpp")) {
        const QString value = QStringLiteral("{ %1, { %2 } }").arg(head, tail.join(QStringLiteral(", ")));
        return key ? QStringLiteral("constexpr %1 %2 = { %3, %4 };").arg(text(constant.ctype), name, value, pid)
                   : QStringLiteral("constexpr GUID %1 = %2;").arg(name, value);
    }
    if (language == QStringLiteral("python"))
        return key ? QStringLiteral("%1 = (pywintypes.IID('%2'), %3)").arg(name, registry, pid)
                   : QStringLiteral("%1 = pywintypes.IID('%2')").arg(name, registry);
    return key ? QStringLiteral("static readonly PropertyKey %1 = new PropertyKey(new Guid(\"%2\"), %3);").arg(name, bare, pid)
               : QStringLiteral("static readonly Guid %1 = new Guid(\"%2\");").arg(name, bare);
}

QString ConstantsBrowser::copyText(const QString& language) const {
    if (current_ == nullptr) return {};
    if (current_->isGuid()) return guidForm(*current_, language);
    const QString name = constantName(*current_);
    const bool string = !current_->isNumeric();
    const QString value = string ? QStringLiteral("\"%1\"").arg(text(current_->text)) : constantHex(*current_);
    if (language == QStringLiteral("python")) {
        // The module that really defines the name; pywin32 lacking it is said, with the value.
        const QStringList modules = pywin32Modules(name);
        if (!modules.isEmpty()) return QStringLiteral("%1.%2").arg(modules.first(), name);
        return QStringLiteral("%1 = %2  # %3").arg(name, string ? value : constantValue(*current_),
                                                   tr("not defined by any pywin32 module"));
    }
    // A number in a pointer (MAKEINTRESOURCE, (LPCSTR) n, a handle): an IntPtr in C#, the cast in C.
    const bool inPointer = current_->kind == ConstantKind::ResourceId || current_->kind == ConstantKind::StructId ||
                           current_->kind == ConstantKind::Pointer;
    if (language == QStringLiteral("csharp")) {
        if (string) return QStringLiteral("const string %1 = %2;").arg(name, value);
        if (inPointer)
            return QStringLiteral("static readonly IntPtr %1 = new IntPtr(%2);").arg(name, constantValue(*current_));
        const QString type = current_->width > 32 ? (current_->isSigned ? QStringLiteral("long") : QStringLiteral("ulong"))
                                                  : (current_->isSigned ? QStringLiteral("int") : QStringLiteral("uint"));
        return QStringLiteral("const %1 %2 = unchecked((%1)%3);").arg(type, name, value);
    }
    if (current_->kind == ConstantKind::ResourceId)
        return QStringLiteral("#define %1 MAKEINTRESOURCE(%2)").arg(name, constantValue(*current_));
    if (current_->kind == ConstantKind::StructId)
        return QStringLiteral("#define %1 ((LPCSTR) %2)").arg(name, constantValue(*current_));
    return QStringLiteral("#define %1 %2").arg(name, string ? QStringLiteral("TEXT(%1)").arg(value) : value);
}

}  // namespace tokenscope::gui
