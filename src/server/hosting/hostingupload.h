#pragma once

#include "hostingassets.h"
#include "server/router.h"

namespace stitchlocal {

//! Reads a multipart/mixed or multipart/form-data upload: a "meta" part with JSON {appId, path,
//! hash, size, attrs} and a "file" part with the raw bytes. Fills *asset when the bytes match
//! the size and the MD5 hash the meta part announces; otherwise the 400 reply saying why.
Failure readUpload(const Request &request, HostedAsset *asset);

} // namespace stitchlocal
