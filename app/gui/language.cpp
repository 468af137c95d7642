#include "language.hpp"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>
#include <memory>

namespace tokenscope::gui {
namespace {

const QString kSettingsKey = QStringLiteral("ui/language");

struct Installed {
    QString choice;                            // as given to setUiLanguage
    QString effective = QStringLiteral("en");  // what it resolved to
    std::unique_ptr<QTranslator> app;          // ours, from the embedded :/i18n
    std::unique_ptr<QTranslator> qt;           // Qt's own standard dialogs and buttons
};

Installed& installed() {
    static Installed state;
    return state;
}

bool known(const QString& code) {
    for (const auto& language : uiLanguages())
        if (language.code == code) return true;
    return false;
}

// The first of the system's preferred languages that TokenScope speaks, else English.
QString systemLanguage() {
    for (const QString& name : QLocale::system().uiLanguages()) {
        const QString code = QLocale(name).name().section(QLatin1Char('_'), 0, 0);
        if (!code.isEmpty() && known(code)) return code;
    }
    return QStringLiteral("en");
}

std::unique_ptr<QTranslator> load(const QString& file, const QString& directory) {
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(file, directory)) return nullptr;
    QCoreApplication::installTranslator(translator.get());
    return translator;
}

}  // namespace

QList<UiLanguage> uiLanguages() {
    // Each language is named in itself, so a user lost in a foreign one still finds theirs.
    return {{QString(), QString()},
            {QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("fr"), QStringLiteral("Fran\u00e7ais")},
            {QStringLiteral("ja"), QStringLiteral("\u65e5\u672c\u8a9e")}};
}

bool setUiLanguage(const QString& code) {
    if (!known(code)) return false;
    auto& state = installed();
    const QString effective = code.isEmpty() ? systemLanguage() : code;
    if (state.app) QCoreApplication::removeTranslator(state.app.get());
    if (state.qt) QCoreApplication::removeTranslator(state.qt.get());
    state.app.reset();
    state.qt.reset();
    state.choice = code;
    state.effective = effective;
    QLocale::setDefault(QLocale(effective));
    // English has a file too: it holds the plural forms of the English source texts.
    state.app = load(QStringLiteral("tokenscope_") + effective, QStringLiteral(":/i18n"));
    if (effective != QStringLiteral("en"))
        state.qt =
            load(QStringLiteral("qtbase_") + effective, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return true;
}

QString uiLanguage() { return installed().choice; }

QString effectiveUiLanguage() { return installed().effective; }

void chooseUiLanguage(const QString& code) {
    if (!setUiLanguage(code)) return;
    QSettings().setValue(kSettingsKey, code);
}

void applySavedUiLanguage() {
    const QString saved = QSettings().value(kSettingsKey).toString();
    if (!setUiLanguage(saved)) setUiLanguage(QString());
}

}  // namespace tokenscope::gui
