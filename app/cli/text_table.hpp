// A plain-text table with aligned columns, for the readable (non-JSON) output.
#pragma once

#include <algorithm>
#include <ostream>
#include <string>
#include <vector>

namespace tokenscope::cli {

class TextTable {
public:
    explicit TextTable(std::vector<std::string> header) : rows_{std::move(header)} {}
    void add(std::vector<std::string> row) { rows_.push_back(std::move(row)); }

    void print(std::ostream& out) const {
        std::vector<std::size_t> widths;
        for (const auto& row : rows_) {
            widths.resize(std::max(widths.size(), row.size()));
            for (std::size_t i = 0; i < row.size(); ++i) widths[i] = std::max(widths[i], row[i].size());
        }
        for (std::size_t r = 0; r < rows_.size(); ++r) {
            printRow(out, rows_[r], widths);
            if (r == 0) {
                std::vector<std::string> rule;
                for (const auto width : widths) rule.emplace_back(width, '-');
                printRow(out, rule, widths);
            }
        }
    }

private:
    static void printRow(std::ostream& out, const std::vector<std::string>& row,
                         const std::vector<std::size_t>& widths) {
        std::string line;
        for (std::size_t i = 0; i < row.size(); ++i) {
            line += row[i];
            if (i + 1 < row.size()) line += std::string(widths[i] - row[i].size() + 2, ' ');
        }
        out << line << '\n';
    }
    std::vector<std::vector<std::string>> rows_;
};

}  // namespace tokenscope::cli
