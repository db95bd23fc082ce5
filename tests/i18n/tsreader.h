// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace dockscope::test {

//! One <message> of a Qt Linguist .ts file.
struct TsMessage
{
    QString context;
    QString source;
    QString comment;        //!< disambiguation (the second argument of tr())
    QString type;           //!< translation type: "", "unfinished", "vanished", "obsolete"
    QString translation;    //!< the text of a non-numerus translation
    QStringList numerusForms;
    bool numerus = false;
    qint64 line = 0;        //!< line of the <message> element in the .ts file
};

//! Reads every message of a .ts file; returns false and sets *error when it cannot.
bool readTsFile(const QString &path, QList<TsMessage> *messages, QString *error);

} // namespace dockscope::test
