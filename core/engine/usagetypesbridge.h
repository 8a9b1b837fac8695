#pragma once

// core/printer/jobrecord.h and core/sync/usagetypes.h both declare Spoolbridge::ActiveSlotChange
// (different structs), so no translation unit can include both. The engine needs both: it
// includes the usage headers through this file, which renames the usage struct in its own
// translation units (layout unchanged). Include this before any other core/sync header.
// TODO(lead): rename one of the two structs and drop this bridge.
#include "core/printer/jobrecord.h"

#define ActiveSlotChange UsageActiveSlotChange
#include "core/sync/sliceinforeader.h"
#include "core/sync/usagecalculator.h"
#include "core/sync/usageledger.h"
#include "core/sync/usagetypes.h"
#undef ActiveSlotChange
