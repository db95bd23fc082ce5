// SPDX-License-Identifier: GPL-3.0-or-later
#include "tsreader.h"

#include <QFile>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace dockscope::test {

bool readTsFile(const QString &path, QList<TsMessage> *messages, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot open %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == "name"_L1 && !inMessage) {
                context = xml.readElementText();
            } else if (name == "message"_L1) {
                inMessage = true;
                message = TsMessage{};
                message.context = context;
                message.numerus = xml.attributes().value("numerus"_L1) == "yes"_L1;
                message.line = xml.lineNumber();
            } else if (inMessage && name == "source"_L1) {
                message.source = xml.readElementText();
            } else if (inMessage && name == "comment"_L1) {
                message.comment = xml.readElementText();
            } else if (inMessage && name == "translation"_L1) {
                message.type = xml.attributes().value("type"_L1).toString();
                if (!message.numerus)
                    message.translation = xml.readElementText();
            } else if (inMessage && name == "numerusform"_L1) {
                message.numerusForms.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == "message"_L1) {
            inMessage = false;
            messages->append(message);
        }
    }
    if (xml.hasError()) {
        *error = u"%1:%2: %3"_s.arg(path).arg(xml.lineNumber()).arg(xml.errorString());
        return false;
    }
    return true;
}

} // namespace dockscope::test
