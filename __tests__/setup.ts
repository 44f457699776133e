import { Testing } from 'cdktf';

// Adds cdktf's matchers (toHaveResourceWithProperties, ...).
Testing.setupJest();
