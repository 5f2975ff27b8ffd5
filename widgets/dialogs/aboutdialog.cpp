#include "aboutdialog.h"

#include "util/libraryversions.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace strata {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Strata"));
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/strata.svg")).pixmap(64, 64));
    auto *title =
        new QLabel(QStringLiteral("<h2>Strata %1</h2>").arg(QStringLiteral(STRATA_VERSION)), this);
    title->setObjectName(QStringLiteral("aboutTitle"));
    auto *blurb = new QLabel(tr("A desktop studio for database schema-as-code, file-compatible "
                                "with the Atlas CLI."),
                             this);
    blurb->setWordWrap(true);

    const LibraryVersions versions = LibraryVersions::current();
    auto *form = new QFormLayout;
    form->addRow(tr("Qt:"), new QLabel(versions.qt, this));
    form->addRow(tr("SQLite:"), new QLabel(versions.sqlite, this));
    form->addRow(tr("libpq (PostgreSQL):"), new QLabel(versions.libpq, this));
    form->addRow(tr("MariaDB client:"), new QLabel(versions.mariadbClient, this));

    auto *header = new QHBoxLayout;
    header->addWidget(icon, 0, Qt::AlignTop);
    auto *text = new QVBoxLayout;
    text->addWidget(title);
    text->addWidget(blurb);
    text->addLayout(form);
    header->addLayout(text, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

} // namespace strata
