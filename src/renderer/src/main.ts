import { createApp, h } from 'vue';
createApp({ render: () => h('p', 'Policy Lens') }).mount('#app');
