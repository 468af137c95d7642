// Item models over core's ConstantIndex for the constants browser. Nothing is copied per
// constant: the tree is three levels of index vectors built once, and the search model holds the
// pointers core returns; views ask only for the rows they show.
#pragma once

#include <QAbstractItemModel>
#include <QAbstractTableModel>
#include <QString>
#include <vector>

#include "tokenscope/constants.hpp"

namespace tokenscope::gui {

// header → family → constant, like Pythonwin's browser (which shows one module as a tree).
class ConstantTreeModel : public QAbstractItemModel {
    Q_OBJECT

public:
    explicit ConstantTreeModel(const ConstantIndex& index, QObject* parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The constant at a leaf, or nullptr for a header or family node.
    [[nodiscard]] const Constant* constantAt(const QModelIndex& index) const;
    // The leaf of a constant (for "show in browser").
    [[nodiscard]] QModelIndex indexOf(const Constant* constant) const;
    // Tells the views that the headers and the family rows' texts are in a new language.
    void retranslate();

private:
    struct Family {
        QString name;                          // empty for constants without a family: shown as "(no family)"
        std::vector<std::uint32_t> constants;  // positions in the ConstantIndex
    };
    struct Header {
        QString name;
        std::vector<Family> families;
    };
    // Internal ids: 0 for a header row, (header + 1) for a family row, and for a constant row
    // ((header + 1) << 20 | (family + 1)): the parent is decoded from the id.
    const ConstantIndex& index_;
    std::vector<Header> headers_;
};

// A ranked, flat list of search results: name, value, hex, kind, header, family.
class ConstantListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    void setResults(std::vector<const Constant*> results, std::size_t total);
    [[nodiscard]] std::size_t total() const noexcept { return total_; }
    [[nodiscard]] const Constant* constantAt(const QModelIndex& index) const;
    // Tells the views that the headers are in a new language.
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // By any column: names, kinds, headers and families as text, values and hex as numbers
    // (signed where the constant is). New results keep the order chosen; column -1 keeps the
    // search's own order (the best match first).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    void applySort();

    std::vector<const Constant*> results_;
    std::size_t total_ = 0;
    int sortColumn_ = -1;
    Qt::SortOrder sortOrder_ = Qt::AscendingOrder;
};

// Text helpers shared by the models and the detail pane.
[[nodiscard]] QString constantName(const Constant& constant);
[[nodiscard]] QString constantValue(const Constant& constant);
[[nodiscard]] QString constantHex(const Constant& constant);

}  // namespace tokenscope::gui
