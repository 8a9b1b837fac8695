#pragma once

#include "core/printer/jsonnode.h"

#include <QString>

namespace Spoolbridge {

// Strict JSON parser into JsonNode. Nesting is limited (maxDepth) so hostile input cannot
// exhaust the stack; numbers beyond the double range become infinities (readers reject them).
class JsonParser
{
public:
    static constexpr int maxDepth = 64;

    // Parses a whole document; on failure returns false and fills errorText/errorOffset.
    static bool parse(const char *begin, const char *end, JsonNode &out, QString *errorText, qsizetype *errorOffset);
};

} // namespace Spoolbridge
