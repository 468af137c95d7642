#include "constant_models.hpp"

#include <algorithm>
#include <map>

namespace tokenscope::gui {
namespace {

QString text(std::string_view value) { return QString::fromUtf8(value.data(), static_cast<qsizetype>(value.size())); }

constexpr quintptr kHeaderShift = 20;
constexpr quintptr kFamilyMask = (quintptr{1} << kHeaderShift) - 1;

enum Column { Name, Value, Hex, Kind, HeaderColumn, FamilyColumn, ColumnCount };

QString columnTitle(int section) {
    switch (section) {
        case Name: return ConstantListModel::tr("Name");
        case Value: return ConstantListModel::tr("Value");
        case Hex: return ConstantListModel::tr("Hex");
        case Kind: return ConstantListModel::tr("Kind");
        case HeaderColumn: return ConstantListModel::tr("Header");
        case FamilyColumn: return ConstantListModel::tr("Family");
        default: return {};
    }
}

// One cell of a constant's row, in either model.
QVariant columnText(const Constant& constant, int column) {
    switch (column) {
        case Name: return constantName(constant);
        case Value: return constantValue(constant);
        case Hex: return constantHex(constant);
        case Kind: return text(kindName(constant.kind));
        case HeaderColumn: return text(constant.header);
        case FamilyColumn: return text(constant.family);
        default: return {};
    }
}

}  // namespace

QString constantName(const Constant& constant) { return text(constant.name); }
QString constantValue(const Constant& constant) { return text(constant.valueText()); }
QString constantHex(const Constant& constant) { return text(constant.hexText()); }

ConstantTreeModel::ConstantTreeModel(const ConstantIndex& index, QObject* parent)
    : QAbstractItemModel(parent), index_(index) {
    // Group once: header → family → positions, both levels sorted by name.
    std::map<std::string_view, std::map<std::string_view, std::vector<std::uint32_t>>> groups;
    for (std::size_t i = 0; i < index.size(); ++i) {
        const Constant& constant = index.at(i);
        groups[constant.header][constant.family].push_back(static_cast<std::uint32_t>(i));
    }
    headers_.reserve(groups.size());
    for (auto& [header, families] : groups) {
        Header node{text(header), {}};
        for (auto& [family, members] : families) {
            std::sort(members.begin(), members.end(),
                      [&index](std::uint32_t a, std::uint32_t b) { return index.at(a).name < index.at(b).name; });
            node.families.push_back({text(family), std::move(members)});
        }
        headers_.push_back(std::move(node));
    }
}

QModelIndex ConstantTreeModel::index(int row, int column, const QModelIndex& parent) const {
    if (row < 0 || column < 0 || column >= ColumnCount) return {};
    if (!parent.isValid()) {
        return row < static_cast<int>(headers_.size()) ? createIndex(row, column, quintptr{0}) : QModelIndex();
    }
    const quintptr id = parent.internalId();
    if (id == 0) {  // parent is a header: this is a family
        const auto header = static_cast<std::size_t>(parent.row());
        if (row >= static_cast<int>(headers_[header].families.size())) return {};
        return createIndex(row, column, static_cast<quintptr>(header + 1));
    }
    if ((id >> kHeaderShift) == 0) {  // parent is a family: this is a constant
        const std::size_t header = id - 1;
        const auto family = static_cast<std::size_t>(parent.row());
        if (row >= static_cast<int>(headers_[header].families[family].constants.size())) return {};
        return createIndex(row, column, ((header + 1) << kHeaderShift) | (family + 1));
    }
    return {};
}

QModelIndex ConstantTreeModel::parent(const QModelIndex& child) const {
    if (!child.isValid()) return {};
    const quintptr id = child.internalId();
    if (id == 0) return {};
    if ((id >> kHeaderShift) == 0) return createIndex(static_cast<int>(id - 1), 0, quintptr{0});
    const auto header = static_cast<int>((id >> kHeaderShift) - 1);
    const auto family = static_cast<int>((id & kFamilyMask) - 1);
    return createIndex(family, 0, static_cast<quintptr>(header + 1));
}

int ConstantTreeModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid()) return static_cast<int>(headers_.size());
    if (parent.column() != 0) return 0;
    const quintptr id = parent.internalId();
    if (id == 0) return static_cast<int>(headers_[static_cast<std::size_t>(parent.row())].families.size());
    if ((id >> kHeaderShift) == 0)
        return static_cast<int>(headers_[id - 1].families[static_cast<std::size_t>(parent.row())].constants.size());
    return 0;
}

int ConstantTreeModel::columnCount(const QModelIndex&) const { return ColumnCount; }

const Constant* ConstantTreeModel::constantAt(const QModelIndex& index) const {
    if (!index.isValid()) return nullptr;
    const quintptr id = index.internalId();
    if ((id >> kHeaderShift) == 0) return nullptr;
    const auto header = static_cast<std::size_t>((id >> kHeaderShift) - 1);
    const auto family = static_cast<std::size_t>((id & kFamilyMask) - 1);
    return &index_.at(headers_[header].families[family].constants[static_cast<std::size_t>(index.row())]);
}

QModelIndex ConstantTreeModel::indexOf(const Constant* constant) const {
    if (constant == nullptr) return {};
    for (std::size_t h = 0; h < headers_.size(); ++h) {
        if (headers_[h].name != text(constant->header)) continue;
        for (std::size_t f = 0; f < headers_[h].families.size(); ++f) {
            const auto& members = headers_[h].families[f].constants;
            for (std::size_t c = 0; c < members.size(); ++c) {
                if (&index_.at(members[c]) == constant)
                    return createIndex(static_cast<int>(c), 0, ((h + 1) << kHeaderShift) | (f + 1));
            }
        }
    }
    return {};
}

QVariant ConstantTreeModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole)) return {};
    const quintptr id = index.internalId();
    if (id == 0) {
        const auto& header = headers_[static_cast<std::size_t>(index.row())];
        return index.column() == 0 ? QVariant(header.name) : QVariant();
    }
    if ((id >> kHeaderShift) == 0) {
        const auto& family = headers_[id - 1].families[static_cast<std::size_t>(index.row())];
        if (index.column() == 0) return family.name.isEmpty() ? tr("(no family)") : family.name;
        if (index.column() == Value) return tr("%n constant(s)", nullptr, static_cast<int>(family.constants.size()));
        return {};
    }
    const Constant* constant = constantAt(index);
    return columnText(*constant, index.column());
}

QVariant ConstantTreeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    return section == Name ? tr("Header / family / name") : columnTitle(section);
}

void ConstantTreeModel::retranslate() {
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    // Family rows show "(no family)" and "%n constant(s)": repaint what is shown.
    emit layoutAboutToBeChanged();
    emit layoutChanged();
}

void ConstantListModel::retranslate() { emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1); }

void ConstantListModel::setResults(std::vector<const Constant*> results, std::size_t total) {
    beginResetModel();
    results_ = std::move(results);
    total_ = total;
    applySort();
    endResetModel();
}

void ConstantListModel::sort(int column, Qt::SortOrder order) {
    if (column >= ColumnCount) return;
    emit layoutAboutToBeChanged();
    sortColumn_ = column;
    sortOrder_ = order;
    applySort();
    emit layoutChanged();
}

void ConstantListModel::applySort() {
    if (sortColumn_ < 0) return;  // the search's own order
    auto number = [](const Constant* c) -> long double {
        if (!c->isNumeric()) return 0;
        return c->isSigned ? static_cast<long double>(static_cast<std::int64_t>(c->bits)) : static_cast<long double>(c->bits);
    };
    auto key = [this](const Constant* c) -> std::string_view {
        switch (sortColumn_) {
            case Kind: return kindName(c->kind);
            case HeaderColumn: return c->header;
            case FamilyColumn: return c->family;
            default: return c->name;
        }
    };
    const bool numeric = sortColumn_ == Value || sortColumn_ == Hex;
    std::stable_sort(results_.begin(), results_.end(), [&](const Constant* a, const Constant* b) {
        bool less = false;
        if (numeric) {
            const bool an = a->isNumeric(), bn = b->isNumeric();
            less = an != bn ? an : (number(a) != number(b) ? number(a) < number(b) : a->name < b->name);
        } else {
            const auto ka = key(a), kb = key(b);
            less = ka != kb ? ka < kb : a->name < b->name;
        }
        return less;
    });
    if (sortOrder_ == Qt::DescendingOrder) std::reverse(results_.begin(), results_.end());
}

const Constant* ConstantListModel::constantAt(const QModelIndex& index) const {
    if (!index.isValid() || index.row() >= static_cast<int>(results_.size())) return nullptr;
    return results_[static_cast<std::size_t>(index.row())];
}

int ConstantListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(results_.size());
}

int ConstantListModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ConstantListModel::data(const QModelIndex& index, int role) const {
    const Constant* constant = constantAt(index);
    if (constant == nullptr || (role != Qt::DisplayRole && role != Qt::ToolTipRole)) return {};
    return columnText(*constant, index.column());
}

QVariant ConstantListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    return columnTitle(section);
}

}  // namespace tokenscope::gui
