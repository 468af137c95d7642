// The user interface language: TokenScope's own translations (embedded .qm files, see
// translations/) and Qt's (qtbase_*.qm from the system), switched at run time.
//
// Installing or removing a translator makes Qt send QEvent::LanguageChange to every widget;
// each window re-sets its strings in retranslateUi(). The choice is remembered in QSettings
// ("ui/language"); an empty code means the system locale. The CLI never uses this.
#pragma once

#include <QList>
#include <QString>

namespace tokenscope::gui {

struct UiLanguage {
    QString code;        // "" (system default), "en", "de", "fr", "ja"
    QString nativeName;  // "Deutsch", "日本語", … (empty for the system default)
};

// Every choice of View → Language, system default first.
[[nodiscard]] QList<UiLanguage> uiLanguages();

// Installs the translators for `code` ("" = the system locale) and makes the choice current.
// Returns false when `code` is not one of uiLanguages() (nothing changes then).
bool setUiLanguage(const QString& code);

// The choice last given to setUiLanguage() ("" = system default).
[[nodiscard]] QString uiLanguage();

// The language the interface really speaks now ("en", "de", …): the system default resolved.
[[nodiscard]] QString effectiveUiLanguage();

// setUiLanguage() with the choice remembered in QSettings, and the saved choice at start-up.
void chooseUiLanguage(const QString& code);
void applySavedUiLanguage();

}  // namespace tokenscope::gui
