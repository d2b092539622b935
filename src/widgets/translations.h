#pragma once

class QLocale;

namespace vramscope {

// Puts the window's words in the user's language: Qt's own, then
// vramscope's English plural forms ("1 GPU", "3 GPUs" from "%n GPU(s)"),
// then vramscope's translation for the locale when there is one.
class Translations
{
public:
    static void install(const QLocale &locale);
};

} // namespace vramscope
