// tokenscope-cli const: the Windows SDK constants database.
//   const QUERY [--limit N]              by name: substring, or a glob (LOGON32_*), case-insensitive;
//                                        a GUID in any spelling finds the GUIDs and property keys with it
//   const --value V                      reverse lookup: every name with that value
//   const --flags V --family PREFIX      a bitmask split into the named flags of a family
//   const --stats                        counts by kind and by header
// Exit status: 0 found, 1 nothing found, 2 bad usage (bad number, bad query, conflicting modes).
#include <limits>
#include <ostream>

#include "command.hpp"
#include "commands.hpp"
#include "text_table.hpp"
#include "tokenscope/constants.hpp"

namespace tokenscope::cli {
namespace {

nlohmann::json constantJson(const Constant& c) {
    nlohmann::json json{{"name", c.name},
                        {"value", nullptr},
                        {"kind", kindName(c.kind)},
                        {"type", c.ctype},
                        {"header", c.header},
                        {"family", c.family}};
    if (c.kind == ConstantKind::String) {
        json["value"] = c.valueText();
    } else if (c.isGuid()) {
        const std::string text(c.text);
        json["value"] = text.substr(0, 38);
        if (c.kind != ConstantKind::Guid) json["property_id"] = c.bits;
    } else {
        if (c.isSigned && static_cast<std::int64_t>(c.bits) < 0) json["value"] = static_cast<std::int64_t>(c.bits);
        else json["value"] = c.bits;
        json["hex"] = c.hexText();
    }
    return json;
}

std::string valueColumn(const Constant& c) {
    if (c.kind == ConstantKind::String) {
        std::string text = "\"" + c.valueText() + "\"";
        return c.ctype == "wchar_t*" ? "L" + text : text;
    }
    if (c.isGuid()) return c.valueText();
    const auto decimal = c.valueText();
    const auto hex = c.hexText();
    return decimal.size() > 2 || c.bits > 9 ? decimal + " (" + hex + ")" : decimal;
}

class ConstCommand final : public Command {
public:
    std::string name() const override { return "const"; }
    std::string summary() const override {
        return "Search the Windows SDK constants: by name (substring, glob), by value, or split a bitmask";
    }
    void configure(CLI::App& app) override {
        app.add_option("query", query_, "Name, part of a name, or a glob such as LOGON32_* (case-insensitive)");
        addJsonFlag(app);
        app.add_option("--limit", limit_, "Show at most N results (0: all; default 50)")
            ->check(CLI::Range(std::size_t{0}, std::size_t{1000000}));
        app.add_option("--value", value_, "Every constant with this value (decimal, 0x hex, negative)");
        app.add_option("--flags", flags_, "Split this bitmask into the named flags of --family");
        app.add_option("--family", family_, "The flags' family for --flags: a name prefix (TOKEN_) or pattern (*_SECURITY_INFORMATION)");
        app.add_flag("--stats", stats_, "Count the database by kind and by header");
    }

    int run(Streams& io) override {
        const int modes = (query_.empty() ? 0 : 1) + (value_.empty() ? 0 : 1) + (flags_.empty() ? 0 : 1) + (stats_ ? 1 : 0);
        if (modes != 1) throw UsageError("give exactly one of QUERY, --value V, --flags V --family PREFIX, --stats");
        if (!family_.empty() && flags_.empty()) throw UsageError("--family goes with --flags");
        const auto& index = ConstantIndex::instance();
        const std::size_t limit = limit_ == 0 ? std::numeric_limits<std::size_t>::max() : limit_;
        if (stats_) return runStats(io, index);
        if (!flags_.empty()) return runFlags(io, index);
        // A GUID, in any spelling (pasted from an event log, the registry, code): reverse lookup.
        if (!query_.empty()) {
            if (const auto guid = parseGuid(query_)) {
                SearchResult byGuid;
                byGuid.items = index.searchGuid(*guid);
                byGuid.total = byGuid.items.size();
                if (byGuid.items.size() > limit) byGuid.items.resize(limit);
                return printResults(io, guidText(*guid), byGuid);
            }
        }
        Result<SearchResult> found = query_.empty() ? index.searchValue(value_, limit) : index.searchName(query_, limit);
        if (!found) throw UsageError(found.error().native);
        return printResults(io, query_.empty() ? value_ : query_, *found);
    }

private:
    int printResults(Streams& io, const std::string& query, const SearchResult& found) const {
        if (json_) {
            auto results = nlohmann::json::array();
            for (const auto* c : found.items) results.push_back(constantJson(*c));
            io.out << dumpJson({{"query", query}, {"total", found.total}, {"results", std::move(results)}})
                   << '\n';
            return found.total ? kExitOk : kExitFailed;
        }
        if (found.total == 0) {
            io.err << "No constant matches '" << query << "'.\n";
            return kExitFailed;
        }
        TextTable table({"Name", "Value", "Kind", "Header"});
        for (const auto* c : found.items) table.add({std::string(c->name), valueColumn(*c), std::string(kindName(c->kind)), std::string(c->header)});
        table.print(io.out);
        if (found.items.size() < found.total)
            io.out << "Shown: " << found.items.size() << " of " << found.total << " (--limit N, 0 for all).\n";
        return kExitOk;
    }

    int runFlags(Streams& io, const ConstantIndex& index) const {
        if (family_.empty()) throw UsageError("--flags needs --family PREFIX (e.g. --family TOKEN_)");
        const auto number = parseNumber(flags_);
        if (!number) throw UsageError(number.error().native);
        if (number->negative && !number->fits32()) throw UsageError("a negative bitmask must fit 32 bits");
        const std::uint64_t value = number->negative ? number->bits() & 0xFFFFFFFFULL : number->magnitude;
        const auto split = index.splitFlags(value, family_);
        if (!split) {
            if (split.error().code == 87) throw UsageError(split.error().native);
            if (json_) {
                io.out << dumpJson({{"value", value},
                                    {"family", family_},
                                    {"flags", nlohmann::json::array()},
                                    {"error", toJson(split.error())}})
                       << '\n';
            } else {
                io.err << split.error().native << '\n';
            }
            return kExitFailed;
        }
        char hex[32];
        std::snprintf(hex, sizeof hex, "0x%llX", static_cast<unsigned long long>(split->leftover));
        if (json_) {
            auto flags = nlohmann::json::array();
            for (const auto* c : split->flags) flags.push_back(constantJson(*c));
            auto exact = nlohmann::json::array();
            for (const auto* c : split->exact) exact.push_back(c->name);
            io.out << dumpJson({{"value", value},
                                {"family", family_},
                                {"flags", std::move(flags)},
                                {"equals", std::move(exact)},
                                {"leftover", split->leftover},
                                {"leftover_hex", hex}})
                   << '\n';
        } else {
            std::string text;
            for (const auto* c : split->flags) text += (text.empty() ? "" : " | ") + std::string(c->name);
            if (split->leftover) text += (text.empty() ? "" : " | ") + std::string(hex);
            io.out << (text.empty() ? "0" : text) << '\n';
            for (const auto* c : split->exact) io.out << "equals: " << c->name << '\n';
            if (split->leftover) io.out << "leftover bits no " << family_ << " flag names: " << hex << '\n';
        }
        return split->flags.empty() && split->exact.empty() && value != 0 ? kExitFailed : kExitOk;
    }

    int runStats(Streams& io, const ConstantIndex& index) const {
        const auto stats = index.stats();
        if (json_) {
            io.out << dumpJson({{"total", stats.total},
                                {"by_kind", stats.byKind},
                                {"by_header", stats.byHeader},
                                {"messages", stats.messages}})
                   << '\n';
            return kExitOk;
        }
        io.out << stats.total << " constants from " << stats.byHeader.size() << " headers, " << stats.messages
               << " messages.\n";
        TextTable table({"Kind", "Count"});
        for (const auto& [kind, count] : stats.byKind) table.add({kind, std::to_string(count)});
        table.print(io.out);
        return kExitOk;
    }

    std::string query_;
    std::size_t limit_ = 50;
    std::string value_;
    std::string flags_;
    std::string family_;
    bool stats_ = false;
};

}  // namespace

std::unique_ptr<Command> makeConstCommand() { return std::make_unique<ConstCommand>(); }

}  // namespace tokenscope::cli
