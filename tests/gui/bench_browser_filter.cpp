// How long the constants browser takes to update its list for one keystroke, over the whole
// database: setQuery (search + model reset) plus the repaint of the visible rows (filter/...);
// and, separately, the detail pane's fill for the first hit once typing pauses, with its repaint
// (detail/...). Goal: each under 16 ms for any query. Runs on Qt's offscreen platform, or on Xvfb
// with -platform xcb.
#include <benchmark/benchmark.h>

#include <QApplication>
#include <QTextBrowser>
#include <QTreeView>

#include "constants_browser.hpp"

namespace {

tokenscope::gui::ConstantsBrowser* browser = nullptr;

void filterUpdate(benchmark::State& state, const QString& query) {
    for (auto _ : state) {
        browser->setQuery(query);
        for (auto* view : browser->findChildren<QTreeView*>()) {
            if (view->isVisible()) view->viewport()->repaint();
        }
        state.PauseTiming();
        if (!browser->detailsPending() && browser->current() != nullptr) state.SkipWithError("the keystroke filled the detail pane");
        browser->flushDetails();
        browser->setQuery(QString());  // start each keystroke from another list
        QCoreApplication::processEvents();
        state.ResumeTiming();
    }
}

// The fill that the keystroke left for the pause in typing: the first hit's details and their repaint.
void detailFill(benchmark::State& state, const QString& query) {
    auto* details = browser->findChild<QTextBrowser*>(QStringLiteral("constantDetails"));
    for (auto _ : state) {
        state.PauseTiming();
        browser->setQuery(QString());
        browser->flushDetails();
        browser->setQuery(query);
        QCoreApplication::processEvents();
        state.ResumeTiming();
        browser->flushDetails();
        details->viewport()->repaint();
    }
}

}  // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    tokenscope::gui::ConstantsBrowser window;
    window.show();
    QCoreApplication::processEvents();
    browser = &window;
    // Broad and narrow names, globs, values: the worst cases match tens of thousands.
    for (const char* query : {"E", "ERROR", "ERROR_LOGON_FAILURE", "LOGON32_*", "*_ACCESS", "S?_*", "1326", "0x80070005",
                              "-1", "0", "zzzz_no_match", "{B4BFCC3A-DB2C-424C-B029-7FE99A87C641}"}) {
        benchmark::RegisterBenchmark(("filter/" + std::string(query)).c_str(),
                                     [query](benchmark::State& state) { filterUpdate(state, QString::fromUtf8(query)); })
            ->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark(("detail/" + std::string(query)).c_str(),
                                     [query](benchmark::State& state) { detailFill(state, QString::fromUtf8(query)); })
            ->Unit(benchmark::kMillisecond);
    }
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
