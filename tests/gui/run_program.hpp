// For the GUI tests' oracles: a program's standard output, trimmed ("" when it did not finish in
// ten seconds).
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace tokenscope::test {

inline QString runProgram(const QString& program, const QStringList& args) {
    QProcess process;
    process.start(program, args);
    if (!process.waitForFinished(10000)) return {};
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

}  // namespace tokenscope::test
