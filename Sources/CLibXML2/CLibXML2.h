// Deliberately empty: links libxml2 (Debian's libxml2-dev) and carries its include path to
// CHTMLShim, the only code that includes libxml2 headers.
