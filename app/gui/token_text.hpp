// How the GUI shows a token: the texts and tables the main window's identity and privilege panels
// and the process browser share, so a process or thread looks the same wherever it is shown.
#pragma once

#include <QString>
#include <optional>
#include <string_view>
#include <vector>

#include "tokenscope/identity.hpp"
#include "tokenscope/privileges.hpp"

class QTableWidget;

namespace tokenscope {
struct TokenDifference;
struct TokenSnapshot;
}  // namespace tokenscope
class QTableWidgetItem;

namespace tokenscope::gui {

[[nodiscard]] inline QString text(std::string_view value) {
    return QString::fromUtf8(value.data(), static_cast<qsizetype>(value.size()));
}

// "alice (1000)", "(no name)" when the id has none.
[[nodiscard]] QString principalText(const Principal& principal);
// Every supplementary group, "(none)" when there is none.
[[nodiscard]] QString groupsText(const Identity& identity);
// "real / effective / saved / filesystem"; empty on Windows.
[[nodiscard]] QString idsText(const std::optional<PosixIds>& ids);
// "3 held, 2 enabled".
[[nodiscard]] QString enabledPrivileges(const std::optional<PrivilegeReport>& report);
// "pe-b-": permitted, effective, inheritable, bounding, ambient (Windows: held, enabled).
[[nodiscard]] QString privilegeSets(const Privilege& privilege);
[[nodiscard]] QString privilegeState(const Privilege& privilege);
// The icon that goes with privilegeState(): "not-held", "enabled" or "disabled".
[[nodiscard]] QString privilegeIconName(const Privilege& privilege);

// A read-only cell with an optional tool tip.
[[nodiscard]] QTableWidgetItem* tableItem(const QString& value, const QString& tip = {});
// A table of whole-row single selection; headers and accessible name are the caller's.
[[nodiscard]] QTableWidget* makeTokenTable(int columns, const QString& objectName);
// Columns as wide as their contents, the last one to the table's edge (resizing to contents
// alone leaves the last column narrow until the table is next resized).
void fitColumns(QTableWidget* table);
// Group, id, attributes: one row per group of `identity`, sorted by the table's sort column.
void fillGroupsTable(QTableWidget* table, const Identity& identity);

// What a comparison found, for the label above the Differences table: both sides' labels, the
// count by kind ("Identical." when there is none) and what could not be compared.
[[nodiscard]] QString comparisonSummary(const TokenSnapshot& left, const TokenSnapshot& right,
                                        const std::vector<TokenDifference>& differences);
// The Differences table's rows (mark, section, what, left, right): + / - / ~ on a green, red or
// amber ground, the kind's name as the mark's tool tip, the whole value as the values'.
void fillDifferencesTable(QTableWidget* table, const std::vector<TokenDifference>& differences);

}  // namespace tokenscope::gui
