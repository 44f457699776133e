import { Testing } from 'cdktf';
// The matchers' type declarations, for the type check of the tests.
import 'cdktf/lib/testing/adapters/jest';

// Adds cdktf's matchers (toHaveResourceWithProperties, ...).
Testing.setupJest();
