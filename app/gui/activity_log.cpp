#include "activity_log.hpp"

#include <QJsonArray>
#include <QSysInfo>

#include "core_text.hpp"
#include "tokenscope/identity.hpp"

namespace tokenscope::gui {
namespace {

QString text(const std::string& value) { return QString::fromStdString(value); }

QJsonObject errorJson(const Error& error) {
    return {{QStringLiteral("code"), static_cast<qint64>(error.code)},
            {QStringLiteral("name"), text(error.name)},
            {QStringLiteral("message"), text(error.message)},
            {QStringLiteral("native"), text(error.native)},
            {QStringLiteral("hint"), text(error.hint)}};
}

QJsonObject identityJson(const Identity& identity) {
    QJsonArray groups;
    for (const auto& group : identity.groups) {
        groups.append(QJsonObject{{QStringLiteral("id"), text(group.idString())}, {QStringLiteral("name"), text(group.name)}});
    }
    return {{QStringLiteral("user"), text(identity.user.name)},
            {QStringLiteral("id"), text(identity.user.idString())},
            {QStringLiteral("group"), text(identity.primaryGroup.name)},
            {QStringLiteral("group_id"), text(identity.primaryGroup.idString())},
            {QStringLiteral("groups"), groups},
            {QStringLiteral("impersonating"), identity.impersonating}};
}

// The names SessionWorker gives its actions (with its tr(), so the same messages). The log keeps
// the English one beside the shown one: a row is shown again in another language, and the JSON
// report says the same in every language.
constexpr const char* kActionContext = "tokenscope::gui::SessionWorker";
constexpr const char* kActions[] = {
    QT_TRANSLATE_NOOP("tokenscope::gui::SessionWorker", "Log on"),
    QT_TRANSLATE_NOOP("tokenscope::gui::SessionWorker", "Impersonate"),
    QT_TRANSLATE_NOOP("tokenscope::gui::SessionWorker", "Revert to self"),
    QT_TRANSLATE_NOOP("tokenscope::gui::SessionWorker", "Log off"),
    QT_TRANSLATE_NOOP("tokenscope::gui::SessionWorker", "Access probe"),
    QT_TRANSLATE_NOOP("tokenscope::gui::SessionWorker", "Run as user"),
    QT_TRANSLATE_NOOP("tokenscope::gui::SessionWorker", "Enable privilege"),
    QT_TRANSLATE_NOOP("tokenscope::gui::SessionWorker", "Disable privilege"),
    QT_TRANSLATE_NOOP("tokenscope::gui::SessionWorker", "Drop privileges"),
    QT_TRANSLATE_NOOP("tokenscope::gui::SessionWorker", "Logon broker"),
    QT_TRANSLATE_NOOP("tokenscope::gui::SessionWorker", "Account check"),
};

// The English name of an action as the worker named it in the language of the moment.
QString actionSource(const QString& shown) {
    for (const char* source : kActions) {
        if (shown == QLatin1String(source) || shown == QCoreApplication::translate(kActionContext, source))
            return QLatin1String(source);
    }
    return {};
}

// Markdown table cells: no line breaks, no bare pipes.
QString cell(QString value) {
    value.replace(QLatin1Char('\n'), QLatin1Char(' '));
    value.replace(QLatin1Char('|'), QStringLiteral("\\|"));
    return value;
}

}  // namespace

void ActivityLog::add(const Outcome& outcome, const QDateTime& time) {
    entries_.push_back({time, outcome, actionSource(outcome.action)});
}

QString ActivityLog::actionText(const ActivityEntry& entry) {
    const QString action = entry.actionSource.isEmpty()
                               ? entry.outcome.action
                               : QCoreApplication::translate(kActionContext, entry.actionSource.toUtf8().constData());
    // Every logon row names its user.
    return entry.outcome.user.isEmpty() ? action : QStringLiteral("%1 — %2").arg(action, entry.outcome.user);
}

QString ActivityLog::errorText(const Error& error) {
    QString result = text(error.summary());
    if (!error.native.empty()) result += QStringLiteral("\n") + tr("Native: %1").arg(text(error.native));
    if (!error.hint.empty()) result += QStringLiteral("\n") + tr("Hint: %1").arg(coreText(error.hint));
    return result;
}

QString ActivityLog::resultText(const Outcome& outcome) {
    return outcome.cancelled ? tr("cancelled") : outcome.ok ? tr("ok") : tr("failed");
}

QString ActivityLog::toMarkdown(const WorkerState& state) const {
    QString md;
    md += QStringLiteral("# %1\n\n").arg(tr("TokenScope report"));
    md += QStringLiteral("- %1\n").arg(
        tr("Platform: %1 (%2)").arg(text(std::string(platformName())), QSysInfo::prettyProductName()));
    if (auto process = processIdentity()) {
        md += QStringLiteral("- %1\n").arg(
            tr("Process user: %1 (%2)").arg(text(process->user.name), text(process->user.idString())));
    }
    if (state.thread) {
        md += QStringLiteral("- %1\n").arg(tr("Worker thread user: %1 (%2), impersonating: %3")
                                               .arg(text(state.thread->user.name),
                                                    text(state.thread->user.idString()),
                                                    state.thread->impersonating ? tr("yes") : tr("no")));
    }
    md += QStringLiteral("- %1\n").arg(
        tr("Logged on: %1")
            .arg(state.loggedOn ? QStringLiteral("%1 (%2)").arg(state.user, state.type) : tr("no")));
    if (state.privileges)
        md += QStringLiteral("- %1\n").arg(tr("Readiness: %1").arg(privilegeVerdict(*state.privileges)));
    md += QStringLiteral("\n| %1 | %2 | %3 | %4 |\n|---|---|---|---|\n")
              .arg(tr("Time"), tr("Action"), tr("Result"), tr("Details"));
    for (const auto& entry : entries_) {
        const auto& outcome = entry.outcome;
        const QString result = resultText(outcome);
        QString details = outcome.detail;
        if (outcome.error) details = errorText(*outcome.error);
        md += QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                  .arg(entry.time.toString(Qt::ISODate), cell(actionText(entry)), result, cell(details));
    }
    return md;
}

QJsonObject ActivityLog::toJson(const WorkerState& state) const {
    QJsonObject json;
    json[QStringLiteral("platform")] = text(std::string(platformName()));
    if (auto process = processIdentity()) json[QStringLiteral("process")] = identityJson(*process);
    if (state.thread) json[QStringLiteral("worker_thread")] = identityJson(*state.thread);
    json[QStringLiteral("logged_on")] = state.loggedOn;
    if (state.loggedOn) {
        json[QStringLiteral("logon")] = QJsonObject{{QStringLiteral("user"), state.user},
                                                    {QStringLiteral("uid"), static_cast<qint64>(state.uid)},
                                                    {QStringLiteral("gid"), static_cast<qint64>(state.gid)},
                                                    {QStringLiteral("type"), state.type},
                                                    {QStringLiteral("impersonating"), state.impersonating}};
    }
    if (state.privileges) {
        json[QStringLiteral("can_impersonate")] = state.privileges->canImpersonate;
        json[QStringLiteral("verdict")] = text(state.privileges->verdict);
    }
    QJsonArray log;
    for (const auto& entry : entries_) {
        QJsonObject item{{QStringLiteral("time"), entry.time.toString(Qt::ISODate)},
                         {QStringLiteral("action"),
                          entry.actionSource.isEmpty() ? entry.outcome.action : entry.actionSource},
                         {QStringLiteral("ok"), entry.outcome.ok},
                         {QStringLiteral("cancelled"), entry.outcome.cancelled},
                         {QStringLiteral("detail"), entry.outcome.detail}};
        item[QStringLiteral("error")] = entry.outcome.error ? QJsonValue(errorJson(*entry.outcome.error)) : QJsonValue();
        log.append(item);
    }
    json[QStringLiteral("activity")] = log;
    return json;
}

}  // namespace tokenscope::gui
