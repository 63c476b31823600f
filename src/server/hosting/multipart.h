#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace stitchlocal {

//! One body part of a multipart request: its headers (names lowercased) and its raw bytes.
struct MultipartPart
{
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &lowercaseName) const;
    //! The name="..." parameter of Content-Disposition; empty when there is none.
    QString name() const;
    //! The filename="..." parameter of Content-Disposition; empty when there is none.
    QString fileName() const;
};

//! The boundary of a "multipart/mixed" or "multipart/form-data" Content-Type; empty (with
//! *error set) when the type is not multipart or the boundary is missing or invalid.
QByteArray multipartBoundary(const QByteArray &contentType, QString *error);

//! Splits a multipart body (RFC 2046, CRLF line ends) into its parts. Each part's body refers
//! into body (no copy): it is valid as long as body is, and holds no terminating NUL. False, with *error saying
//! why, when a delimiter is missing, a part has no header block, a header line is malformed, or
//! the body ends before the closing delimiter.
bool parseMultipart(const QByteArray &boundary, const QByteArray &body, QList<MultipartPart> *parts,
                    QString *error);

} // namespace stitchlocal
