#include "core/printer/nodeallocator.h"

// Under AddressSanitizer every block goes to the heap, so a use after free inside a tree is still
// caught (a recycled block would hide it from the fuzzers and sanitizer runs).
#if defined(__SANITIZE_ADDRESS__)
#define SPOOLBRIDGE_NODE_CACHE 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SPOOLBRIDGE_NODE_CACHE 0
#endif
#endif
#ifndef SPOOLBRIDGE_NODE_CACHE
#define SPOOLBRIDGE_NODE_CACHE 1
#endif

namespace Spoolbridge::NodeMemory {

namespace {

constexpr bool cacheEnabled = SPOOLBRIDGE_NODE_CACHE != 0;

constexpr std::size_t step = 32; // block sizes are rounded up to this
constexpr std::size_t classes = 256; // cached sizes: step … classes * step bytes (8 KiB)
constexpr std::size_t cacheLimit = std::size_t(1) << 20; // bytes kept per thread

struct FreeBlock {
    FreeBlock *next;
};

// Trivially destructible, so reaching it needs no guard on each call; Releaser empties it when the
// thread ends.
struct Cache {
    FreeBlock *lists[classes + 1];
    std::size_t bytes;
    bool releaserArmed;
    bool closed; // the thread is ending: no more caching
};
thread_local Cache cache = {};

struct Releaser {
    Releaser() = default;
    Releaser(const Releaser &) = delete;
    Releaser &operator=(const Releaser &) = delete;
    ~Releaser()
    {
        cache.closed = true;
        for (FreeBlock *&list : cache.lists) {
            while (list) {
                FreeBlock *block = list;
                list = block->next;
                ::operator delete(block);
            }
        }
        cache.bytes = 0;
    }
};
thread_local Releaser releaser;

std::size_t sizeClass(std::size_t bytes)
{
    return bytes == 0 ? 1 : (bytes + step - 1) / step;
}

} // namespace

void *allocate(std::size_t bytes)
{
    const std::size_t index = sizeClass(bytes);
    if (!cacheEnabled || index > classes)
        return ::operator new(bytes);
    if (FreeBlock *block = cache.lists[index]) {
        cache.lists[index] = block->next;
        cache.bytes -= index * step;
        return block;
    }
    return ::operator new(index *step);
}

void deallocate(void *block, std::size_t bytes) noexcept
{
    if (!block)
        return;
    const std::size_t index = sizeClass(bytes);
    if (!cacheEnabled || index > classes || cache.closed || cache.bytes + index * step > cacheLimit) {
        ::operator delete(block);
        return;
    }
    if (!cache.releaserArmed) {
        cache.releaserArmed = true;
        static_cast<void>(&releaser); // odr-use: constructs it, so it runs at thread exit
    }
    auto *free = static_cast<FreeBlock *>(block);
    free->next = cache.lists[index];
    cache.lists[index] = free;
    cache.bytes += index * step;
}

} // namespace Spoolbridge::NodeMemory
