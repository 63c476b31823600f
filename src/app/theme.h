#pragma once

class QPalette;

//! The console's look: always Fusion, with the light palette of the style or a dark one.
namespace theme {
QPalette darkPalette();
//! Fusion's own light palette, with a readable visited-link colour.
QPalette lightPalette();
//! Applies Fusion and the chosen palette to the whole application.
void apply(bool dark);
bool savedDark();
void saveDark(bool dark);
} // namespace theme
