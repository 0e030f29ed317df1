'use strict';
module.exports = { ...require('./event.cjs'), ...require('./order-cancelled.cjs'), ...require('./order-placed.cjs') };
