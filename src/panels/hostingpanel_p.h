#pragma once

// Small helpers the Hosting panel's source files share.

#include <models/hostingsync.h>

namespace hostingpanel {

using hostingsync::sizeText;

} // namespace hostingpanel
