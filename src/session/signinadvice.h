#pragma once

#include <api/apierror.h>

class QUrl;
struct Profile;

//! Turns a failed sign-in into what the user should do about it: a server that is not there, a
//! wrong key or password, an address that answers with a web page instead of the API. Other
//! failures pass through unchanged. The error keeps its kind, status and request for details.
ApiError signInAdvice(ApiError error, const Profile &profile, const QUrl &baseUrl);
