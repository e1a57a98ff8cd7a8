import { z } from 'zod/mini';

// zod/mini loads no messages: a check without an `error` of its own fails with "Invalid input".
// Code that shows zod's messages to people (forms, the mock API's fieldErrors) imports this
// module for its side effect, so they read as they did with classic zod, e.g.
// "Too small: expected number to be >=1". Never import it from code every page loads
// (the sign-in page, the app shell): the locale is ~1 KB gzip.
z.config(z.locales.en());
