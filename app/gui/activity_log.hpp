// The activity log: every action with its time, result and decoded error, and the support report
// (Markdown or JSON) built from it. Pure logic, no widgets, so it is unit-tested directly.
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QVector>

#include "session_worker.hpp"

namespace tokenscope::gui {

struct ActivityEntry {
    QDateTime time;
    Outcome outcome;
    QString actionSource;  // the action's English name when it is one the worker names, else empty
};

class ActivityLog {
    Q_DECLARE_TR_FUNCTIONS(ActivityLog)

public:
    void add(const Outcome& outcome, const QDateTime& time = QDateTime::currentDateTime());
    void clear() { entries_.clear(); }
    [[nodiscard]] const QVector<ActivityEntry>& entries() const noexcept { return entries_; }

    // "ERROR_LOGON_FAILURE (1326): The user name or password is incorrect." plus native and hint;
    // the hint in the user interface language, the name, message and native detail as they are.
    [[nodiscard]] static QString errorText(const Error& error);
    // "ok", "failed" or "cancelled", in the user interface language.
    [[nodiscard]] static QString resultText(const Outcome& outcome);
    // The entry's action in the user interface language of now (as recorded when it is not one of
    // the worker's own action names). What happened (the detail) keeps the language it was
    // written in.
    [[nodiscard]] static QString actionText(const ActivityEntry& entry);

    // A report for a support ticket: the process, the worker thread and the log. It never holds
    // a password: none is ever given to the log. The Markdown speaks the user interface language;
    // the JSON's keys and values are the same in every language.
    [[nodiscard]] QString toMarkdown(const WorkerState& state) const;
    [[nodiscard]] QJsonObject toJson(const WorkerState& state) const;

private:
    QVector<ActivityEntry> entries_;
};

}  // namespace tokenscope::gui
