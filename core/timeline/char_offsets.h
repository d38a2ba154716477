// The timeline's byte -> character offsets: core/text/utf8.h's CharOffsets,
// the one converter every output uses.
#pragma once

#include "core/text/utf8.h"

namespace dateline::timeline {

using dateline::CharOffsets;

}  // namespace dateline::timeline
