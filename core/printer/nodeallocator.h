#pragma once

#include <cstddef>
#include <limits>
#include <new>

namespace Spoolbridge {

// Memory for the containers of JsonNode trees (object members, array items). Freed blocks are
// kept in a per-thread cache, sorted by size in 32-byte steps up to 8 KiB, and handed out again
// before the heap is asked: a printer report allocates ~90 such blocks, mostly of the sizes the
// previous report freed (the parsed delta, the replaced tree). The cache holds at most 1 MiB per
// thread and is released when the thread ends; larger blocks go straight to the heap. Builds with
// AddressSanitizer skip the cache, so use-after-free inside trees stays detectable.
namespace NodeMemory {
void *allocate(std::size_t bytes);
void deallocate(void *block, std::size_t bytes) noexcept;
} // namespace NodeMemory

// Stateless std allocator over NodeMemory: all instances are interchangeable, so containers move
// and swap between trees without copying.
template<typename T> class NodeAllocator
{
public:
    using value_type = T;

    NodeAllocator() noexcept = default;
    template<typename U> NodeAllocator(const NodeAllocator<U> &) noexcept { } // NOLINT: converting

    T *allocate(std::size_t count)
    {
        if (count > std::numeric_limits<std::size_t>::max() / sizeof(T))
            throw std::bad_array_new_length();
        return static_cast<T *>(NodeMemory::allocate(count * sizeof(T)));
    }
    void deallocate(T *block, std::size_t count) noexcept { NodeMemory::deallocate(block, count * sizeof(T)); }

    template<typename U> bool operator==(const NodeAllocator<U> &) const noexcept { return true; }
    template<typename U> bool operator!=(const NodeAllocator<U> &) const noexcept { return false; }
};

} // namespace Spoolbridge
