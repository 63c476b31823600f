#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <QUrl>

//! What went wrong with one Admin API call, as a value the UI can show and tests can compare.
struct ApiError
{
    enum Kind {
        None, //!< no error
        Network, //!< connection refused, host not found, reset, TLS failure ...
        Timeout, //!< the transfer timeout ran out
        Api, //!< an HTTP error whose body was Stitch's {"error", "error_code"}
        Http, //!< an HTTP error with an empty body or a body that is not Stitch's JSON
        Parse, //!< a 2xx whose body was not the JSON the call expects
        Cancelled, //!< the caller abandoned the call
        RefusedPath, //!< never sent: a path segment was empty, "." or ".." (a bug or hostile data)
        LocalFile, //!< never sent: a local file to upload could not be read or had changed
    };

    Kind kind = None;
    int httpStatus = 0;
    QString errorCode; //!< the server's error_code, never translated
    QString message; //!< the server's error, or a sentence of ours
    QUrl requestUrl;
    QString method; //!< GET, POST, ...; set by the client, empty for a bare fromHttp()
    QByteArray bodySample; //!< at most the first 2 KiB of the response body

    bool isError() const { return kind != None; }
    //! A one-line text for a banner: the message, plus the status when it adds something.
    QString summary() const;
    //! URL, status, error code and body sample, for a "Details…" box.
    QString details() const;
    static QString kindName(Kind kind);

    //! Classifies a finished HTTP exchange. Pure, so tests can feed it any body.
    static ApiError fromHttp(int httpStatus, const QByteArray &body, const QUrl &url);
};

Q_DECLARE_METATYPE(ApiError)
