// Owning wrappers for Win32 handles: the handle is closed by the destructor, never by callers.
//
// Closing preserves GetLastError(), so a failing call's error survives the cleanup that follows
// it (as Chromium's GenericScopedHandle does).
#pragma once

#include <windows.h>

#include <utility>

namespace tokenscope::win {

// Traits give: `using Handle`, `static Handle invalid() noexcept`, `static bool isValid(Handle)
// noexcept` and `static void close(Handle) noexcept`.
template <class Traits>
class UniqueHandle {
public:
    using Handle = typename Traits::Handle;

    UniqueHandle() noexcept = default;
    explicit UniqueHandle(Handle handle) noexcept : handle_(handle) {}
    ~UniqueHandle() { reset(); }

    UniqueHandle(UniqueHandle&& other) noexcept : handle_(other.release()) {}
    UniqueHandle& operator=(UniqueHandle&& other) noexcept {
        if (this != &other) reset(other.release());
        return *this;
    }
    UniqueHandle(const UniqueHandle&) = delete;
    UniqueHandle& operator=(const UniqueHandle&) = delete;

    [[nodiscard]] bool valid() const noexcept { return Traits::isValid(handle_); }
    explicit operator bool() const noexcept { return valid(); }
    [[nodiscard]] Handle get() const noexcept { return handle_; }

    // Gives up ownership without closing.
    [[nodiscard]] Handle release() noexcept { return std::exchange(handle_, Traits::invalid()); }

    // Closes the owned handle (keeping GetLastError()) and takes `handle`.
    void reset(Handle handle = Traits::invalid()) noexcept {
        if (Traits::isValid(handle_)) {
            const DWORD saved = ::GetLastError();
            Traits::close(handle_);
            ::SetLastError(saved);
        }
        handle_ = handle;
    }

    // For a Win32 out-parameter: closes the current handle and returns where to write the new one.
    [[nodiscard]] Handle* receive() noexcept {
        reset();
        return &handle_;
    }

private:
    Handle handle_ = Traits::invalid();
};

// Kernel objects closed with CloseHandle: tokens, threads, processes, files.
struct KernelHandleTraits {
    using Handle = HANDLE;
    static Handle invalid() noexcept { return nullptr; }
    static bool isValid(Handle handle) noexcept {
        return handle != nullptr && handle != INVALID_HANDLE_VALUE;
    }
    static void close(Handle handle) noexcept { ::CloseHandle(handle); }
};
using ScopedHandle = UniqueHandle<KernelHandleTraits>;

// Memory the system allocated with LocalAlloc for us (FormatMessageW, ConvertSidToStringSidW).
struct LocalMemoryTraits {
    using Handle = HLOCAL;
    static Handle invalid() noexcept { return nullptr; }
    static bool isValid(Handle handle) noexcept { return handle != nullptr; }
    static void close(Handle handle) noexcept { ::LocalFree(handle); }
};
using ScopedLocalMemory = UniqueHandle<LocalMemoryTraits>;

}  // namespace tokenscope::win
