#pragma once

#include <QDialog>

namespace strata {

/// Help > About Strata: what Strata is, its version and the versions of the libraries it uses.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);
};

} // namespace strata
