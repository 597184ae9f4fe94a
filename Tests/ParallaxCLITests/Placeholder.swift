// Placeholder so that the package builds until the CLI tests land; delete when they do.
import Testing
